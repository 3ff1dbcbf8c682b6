import {
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { groupStatuses } from '../../../../common/contracts/cooperation-groups';
import { EmptyState } from '../../../components/EmptyState';
import { ListPager } from '../../../components/ListPager';
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
      {list.error && <Text role="alert">{list.error.message}</Text>}
      {!list.data && !list.error && <Loader aria-label={t('loading', { ns: 'common' })} />}
      {list.data?.total === 0 && (
        <EmptyState title={t('list.empty')} hint={filtered ? t('list.emptyFiltered') : t('list.emptyHint')} />
      )}
      {list.data && list.data.total > 0 && (
        <>
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
                {list.data.items.map((g) => (
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
          <ListPager
            total={list.data.total}
            page={search.page ?? 1}
            pageSize={list.data.pageSize}
            onChange={(page) =>
              navigate({ search: (prev) => ({ ...prev, page: page > 1 ? page : undefined }) })
            }
          />
        </>
      )}
    </Stack>
  );
}

function Filters({ search, onApply }: { search: GroupSearch; onApply: (f: GroupSearch) => void }) {
  const { t } = useTranslation('cooperationGroups');
  const [q, setQ] = useState(search.q ?? '');
  const [status, setStatus] = useState<string | null>(search.status ?? null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ q: q.trim() || undefined, status: (status as GroupSearch['status']) ?? undefined });
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} role="search" aria-label={t('list.filters')}>
      <Group align="end">
        <TextInput
          id="filter-q"
          label={t('list.search')}
          type="search"
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
        />
        <Select
          id="filter-status"
          label={t('list.statusFilter')}
          placeholder={t('list.any')}
          clearable
          data={groupStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          value={status}
          onChange={setStatus}
        />
        <Button type="submit">{t('search', { ns: 'common' })}</Button>
      </Group>
    </Paper>
  );
}
