import { Anchor, Badge, Button, Select, Stack, Table, Text } from '@mantine/core';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { type GroupCard, groupStatuses } from '../../../../common/contracts/cooperation-groups';
import { FilterForm, useFilterDraft } from '../../../components/FilterForm';
import { ListResults, toPage } from '../../../components/ListResults';
import { PageHeader } from '../../../components/PageHeader';
import { formatDateTime } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import { type GroupSearch, useGroups } from '../api/groups';
import { CooperationLinks } from './CooperationLinks';

/** The groups the user's institutions coordinate or take part in, searched by label and state. */
export function GroupsListPage() {
  const { t } = useTranslation('cooperationGroups');
  const search = useSearch({ from: '/authed/cooperation-groups' });
  const navigate = useNavigate({ from: '/cooperation-groups' });
  const { can } = useSession();
  const list = useGroups(search);
  const filtered = Boolean(search.q || search.status);

  return (
    <Stack>
      <PageHeader
        title={t('title')}
        actions={
          can('cooperationGroups.manage') && (
            <Button component={Link} to="/cooperation-groups/new">
              {t('list.add')}
            </Button>
          )
        }
      />
      <Text size="sm">{t('intro')}</Text>
      <CooperationLinks />
      <Filters search={search} onApply={(f) => navigate({ search: f })} />
      <ListResults
        query={list}
        page={search.page ?? 1}
        onPageChange={(page) => navigate({ search: toPage(page) })}
        empty={{ title: t('list.empty'), hint: filtered ? t('list.emptyFiltered') : t('list.emptyHint') }}
      >
        {(data) => <GroupsTable items={data.items} />}
      </ListResults>
    </Stack>
  );
}

function GroupsTable({ items }: { items: GroupCard[] }) {
  const { t } = useTranslation('cooperationGroups');
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped>
        <Table.Caption>{t('list.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('list.label')}</Table.Th>
            <Table.Th scope="col">{t('list.kind')}</Table.Th>
            <Table.Th scope="col">{t('list.ops')}</Table.Th>
            <Table.Th scope="col">{t('list.statusColumn')}</Table.Th>
            <Table.Th scope="col">{t('list.role')}</Table.Th>
            <Table.Th scope="col">{t('list.updated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((g) => (
            <Table.Tr key={g.id}>
              <Table.Td>
                <Anchor
                  renderRoot={(props) => (
                    <Link {...props} to="/cooperation-groups/$id" params={{ id: g.id }} />
                  )}
                >
                  {g.label}
                </Anchor>
              </Table.Td>
              <Table.Td>{t(`subjectKind.${g.subjectKind}`)}</Table.Td>
              <Table.Td>{g.ops.name}</Table.Td>
              <Table.Td>
                <Badge color={g.status === 'active' ? 'teal.9' : 'gray.8'} variant="outline">
                  {t(`status.${g.status}`)}
                </Badge>
                {g.outcome && <Text size="xs">{t(`outcome.${g.outcome}`)}</Text>}
              </Table.Td>
              <Table.Td>{t(`viewer.${g.viewer}`)}</Table.Td>
              <Table.Td>{formatDateTime(g.updatedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Filters({ search, onApply }: { search: GroupSearch; onApply: (f: GroupSearch) => void }) {
  const { t } = useTranslation('cooperationGroups');
  const [draft, setDraft] = useFilterDraft<{ q: string; status: string | null }>({
    q: search.q ?? '',
    status: search.status ?? null,
  });
  return (
    <FilterForm
      label={t('list.filters')}
      query={{ label: t('list.search'), value: draft.q, onChange: (q) => setDraft({ q }) }}
      submitLabel={t('search', { ns: 'common' })}
      onSubmit={() =>
        onApply({
          ...(draft.q.trim() && { q: draft.q.trim() }),
          ...(draft.status && { status: draft.status as GroupSearch['status'] }),
        })
      }
    >
      <Select
        id="filter-status"
        label={t('list.statusFilter')}
        placeholder={t('list.any')}
        clearable
        data={groupStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        value={draft.status}
        onChange={(status) => setDraft({ status })}
      />
    </FilterForm>
  );
}
