import { Button, Group, Loader, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { statusFilters } from '../../../../common/contracts/accounts';
import { EmptyState } from '../../../components/EmptyState';
import { ListPager } from '../../../components/ListPager';
import { PageHeader } from '../../../components/PageHeader';
import { useUsers } from '../api/list-users';
import { AccountsTable } from './AccountsTable';

/** The platform admin's view of every account: search by name or e-mail, block and unblock. */
export function AccountsPage() {
  const { t } = useTranslation('users');
  const search = useSearch({ from: '/authed/users/accounts' });
  const navigate = useNavigate({ from: '/users/accounts' });
  const list = useUsers(search);
  const [q, setQ] = useState(search.q ?? '');
  const [status, setStatus] = useState(search.status ?? 'all');

  const apply = (event: FormEvent) => {
    event.preventDefault();
    navigate({ search: { q: q.trim() || undefined, status: status === 'all' ? undefined : status } });
  };

  return (
    <Stack>
      <PageHeader title={t('accounts.title')} />
      <Text size="sm">{t('accounts.intro')}</Text>
      <search aria-label={t('accounts.search')}>
        <form onSubmit={apply}>
          <Group align="flex-end" wrap="wrap">
            <TextInput
              id="accounts-q"
              label={t('accounts.search')}
              value={q}
              onChange={(e) => setQ(e.currentTarget.value)}
              w={320}
            />
            <NativeSelect
              id="accounts-status"
              label={t('accounts.status')}
              value={status}
              onChange={(e) => setStatus(e.currentTarget.value as typeof status)}
              data={statusFilters.map((s) => ({ value: s, label: t(`accounts.statuses.${s}`) }))}
            />
            <Button type="submit" variant="outline">
              {t('accounts.filter')}
            </Button>
          </Group>
        </form>
      </search>
      {list.error && <Text role="alert">{list.error.message}</Text>}
      {!list.data && !list.error && <Loader aria-label={t('loading', { ns: 'common' })} />}
      {list.data && list.data.total === 0 && (
        <EmptyState title={t('accounts.empty')} hint={t('accounts.emptyHint')} />
      )}
      {list.data && list.data.total > 0 && (
        <>
          <AccountsTable items={list.data.items} />
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
