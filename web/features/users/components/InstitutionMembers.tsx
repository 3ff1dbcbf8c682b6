import { Button, Group, Loader, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { statusFilters } from '../../../../common/contracts/accounts';
import { EmptyState } from '../../../components/EmptyState';
import { ListPager } from '../../../components/ListPager';
import { type MemberSearch, useMembers } from '../api/list-members';
import { InvitationsSection } from './InvitationsSection';
import { InviteForm } from './InviteForm';
import { MembersTable } from './MembersTable';

/** One institution's members with search and pager; its admins also invite and manage invitations here. */
export function InstitutionMembers({
  institutionId,
  search,
  onSearch,
}: {
  institutionId: string;
  search: MemberSearch;
  onSearch: (search: MemberSearch) => void;
}) {
  const { t } = useTranslation('users');
  const list = useMembers(institutionId, { q: search.q, status: search.status, page: search.page });
  const [q, setQ] = useState(search.q ?? '');
  const [status, setStatus] = useState(search.status ?? 'active');
  const institution = list.data?.institution;

  const apply = (event: FormEvent) => {
    event.preventDefault();
    onSearch({ q: q.trim() || undefined, status: status === 'active' ? undefined : status });
  };

  return (
    <Stack gap="xl">
      <section aria-labelledby="members-title">
        <Title order={2} size="h3" id="members-title" mb="sm">
          {institution ? `${t('members.title')}: ${institution.name}` : t('members.title')}
        </Title>
        <search aria-label={t('members.search')}>
          <form onSubmit={apply}>
            <Group align="flex-end" mb="md" wrap="wrap">
              <TextInput
                id="members-q"
                label={t('members.search')}
                value={q}
                onChange={(e) => setQ(e.currentTarget.value)}
                w={320}
              />
              <NativeSelect
                id="members-status"
                label={t('members.status')}
                value={status}
                onChange={(e) => setStatus(e.currentTarget.value as typeof status)}
                data={statusFilters.map((s) => ({ value: s, label: t(`members.statuses.${s}`) }))}
              />
              <Button type="submit" variant="outline">
                {t('members.filter')}
              </Button>
            </Group>
          </form>
        </search>
        {list.error && <Text role="alert">{list.error.message}</Text>}
        {!list.data && !list.error && <Loader aria-label={t('loading', { ns: 'common' })} />}
        {list.data && list.data.total === 0 && (
          <EmptyState
            title={t('members.empty')}
            hint={list.data.institution.abilities.invite ? t('members.emptyHint') : undefined}
          />
        )}
        {list.data && list.data.total > 0 && (
          <>
            <MembersTable institution={list.data.institution} items={list.data.items} />
            <ListPager
              total={list.data.total}
              page={search.page ?? 1}
              pageSize={list.data.pageSize}
              onChange={(page) => onSearch({ ...search, page: page > 1 ? page : undefined })}
            />
          </>
        )}
      </section>
      {institution?.abilities.invite && (
        <>
          <InviteForm institution={institution} />
          <InvitationsSection institution={institution} />
        </>
      )}
    </Stack>
  );
}
