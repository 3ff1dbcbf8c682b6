import { Button, Stack } from '@mantine/core';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { statusFilters } from '../../../../common/contracts/accounts';
import { rolePermissions } from '../../../../common/permissions';
import { EmptyState } from '../../../components/EmptyState';
import { PageHeader } from '../../../components/PageHeader';
import { useSession } from '../../../lib/session';
import type { MemberSearch } from '../api/list-members';
import { InstitutionMembers } from './InstitutionMembers';
import { InstitutionPicker } from './InstitutionPicker';

export type UsersSearch = MemberSearch & { institution?: string };

/** Reads the address's search part leniently: anything unknown is dropped, the API checks the rest. */
export function parseUsersSearch(search: Record<string, unknown>): UsersSearch {
  const page = Number(search.page);
  return {
    ...(typeof search.institution === 'string' && search.institution && { institution: search.institution }),
    ...(typeof search.q === 'string' && search.q && { q: search.q }),
    ...(statusFilters.includes(search.status as never) && { status: search.status as UsersSearch['status'] }),
    ...(Number.isInteger(page) && page > 1 && { page }),
  };
}

/**
 * The members of the user's institution: pick the institution when there are several (the
 * platform admin searches the whole registry), then members, invitations and the invite form.
 */
export function UsersPage() {
  const { t } = useTranslation('users');
  const search = useSearch({ from: '/authed/users' });
  const navigate = useNavigate({ from: '/users' });
  const { user } = useSession();
  if (!user) return null;
  const own = user.memberships.filter((m) => rolePermissions[m.role].includes('users.read'));
  const institutionId = search.institution ?? (own.length === 1 ? own[0]?.institutionId : undefined);
  const canChoose = user.isPlatformAdmin || own.length > 1;

  return (
    <Stack>
      <PageHeader
        title={t('title')}
        actions={
          user.isPlatformAdmin && (
            <Button component={Link} to="/users/accounts" variant="outline">
              {t('allAccounts')}
            </Button>
          )
        }
      />
      {canChoose && (
        <InstitutionPicker
          value={institutionId}
          own={own}
          searchAll={user.isPlatformAdmin}
          onChange={(institution) => navigate({ search: institution ? { institution } : {} })}
        />
      )}
      {institutionId ? (
        <InstitutionMembers
          key={institutionId}
          institutionId={institutionId}
          search={search}
          onSearch={(next) => navigate({ search: { institution: search.institution, ...next } })}
        />
      ) : (
        <EmptyState title={canChoose ? t('institution.choose') : t('institution.noAccess')} />
      )}
    </Stack>
  );
}
