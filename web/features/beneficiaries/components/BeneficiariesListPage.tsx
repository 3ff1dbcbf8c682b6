import { Anchor, Badge, Button, Checkbox, Group, Loader, Stack, Table, Text, TextInput } from '@mantine/core';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ListPager } from '../../../components/ListPager';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import { useBeneficiaries } from '../api/beneficiaries';

/** The people my institutions registered, and those a consent shares with them; by name or exact PESEL. */
export function BeneficiariesListPage() {
  const { t } = useTranslation('beneficiaries');
  const search = useSearch({ from: '/authed/beneficiaries' });
  const navigate = useNavigate({ from: '/beneficiaries' });
  const { can } = useSession();
  const list = useBeneficiaries(search);
  const [q, setQ] = useState(search.q ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate({ search: (prev) => ({ ...prev, q: q.trim() || undefined, page: undefined }) });
  };

  return (
    <Stack>
      <PageHeader
        title={t('title')}
        actions={
          can('beneficiaries.register') && (
            <Button component={Link} to="/beneficiaries/new">
              {t('list.add')}
            </Button>
          )
        }
      />
      <form onSubmit={submit} aria-label={t('list.search')}>
        <Group align="flex-end">
          <TextInput
            id="beneficiary-search"
            label={t('list.search')}
            description={t('list.searchHint')}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            style={{ flex: 1, maxWidth: 480 }}
          />
          <Button type="submit" variant="default">
            {t('list.searchButton')}
          </Button>
          <Checkbox
            label={t('list.planAwaitingApproval')}
            checked={search.planAwaitingApproval ?? false}
            onChange={(e) => {
              const only = e.currentTarget.checked;
              void navigate({
                search: (prev) => ({ ...prev, planAwaitingApproval: only || undefined, page: undefined }),
              });
            }}
            mb={6}
          />
        </Group>
      </form>
      {list.error && <Text role="alert">{list.error.message}</Text>}
      {!list.data && !list.error && <Loader aria-label={t('loading', { ns: 'common' })} />}
      {list.data && list.data.total === 0 && (
        <EmptyState
          title={t('list.empty')}
          hint={search.q || search.planAwaitingApproval ? t('list.emptyFiltered') : t('list.emptyHint')}
        />
      )}
      {list.data && list.data.total > 0 && (
        <>
          <Table.ScrollContainer minWidth={700}>
            <Table striped highlightOnHover captionSide="top" data-testid="beneficiaries">
              <Table.Caption>{t('list.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('list.name')}</Table.Th>
                  <Table.Th>{t('list.birthDate')}</Table.Th>
                  <Table.Th>{t('list.partnership')}</Table.Th>
                  <Table.Th>{t('list.entryInstitution')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td>
                      <Anchor
                        fw={600}
                        renderRoot={(props) => (
                          <Link {...props} to="/beneficiaries/$id" params={{ id: item.id }} />
                        )}
                      >
                        {item.lastName} {item.firstName}
                      </Anchor>
                      {!item.own && (
                        <Badge ml="xs" variant="filled" color="gray.8" size="sm">
                          {t('list.viaConsent')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{formatDate(item.birthDate)}</Table.Td>
                    <Table.Td>{item.partnership.name}</Table.Td>
                    <Table.Td>{item.entryInstitution.name}</Table.Td>
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
