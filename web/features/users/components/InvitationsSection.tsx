import { Badge, Loader, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberListResponse } from '../../../../common/contracts/accounts';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { ListPager } from '../../../components/ListPager';
import { formatDateTime } from '../../../lib/format';
import { useInvitations } from '../api/list-invitations';
import { useRevokeInvitation } from '../api/revoke-invitation';

/** Invitations not yet accepted: pending ones can be revoked, expired ones show who to invite again. */
export function InvitationsSection({ institution }: { institution: MemberListResponse['institution'] }) {
  const { t } = useTranslation('users');
  const [page, setPage] = useState(1);
  const list = useInvitations(institution.id, page, institution.abilities.invite);
  const revoke = useRevokeInvitation(institution.id);

  return (
    <section aria-labelledby="invitations-title">
      <Title order={2} size="h3" id="invitations-title" mb="sm">
        {t('invitations.title')}
      </Title>
      <ErrorSummary error={revoke.error} />
      {list.error && <Text role="alert">{list.error.message}</Text>}
      {!list.data && !list.error && <Loader aria-label={t('loading', { ns: 'common' })} />}
      {list.data && list.data.total === 0 && <EmptyState title={t('invitations.empty')} />}
      {list.data && list.data.total > 0 && (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table striped captionSide="top">
              <Table.Caption>{t('invitations.caption', { name: institution.name })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('invitations.displayName')}</Table.Th>
                  <Table.Th>{t('invitations.email')}</Table.Th>
                  <Table.Th>{t('invitations.role')}</Table.Th>
                  <Table.Th>{t('invitations.status')}</Table.Th>
                  <Table.Th>{t('invitations.expiresAt')}</Table.Th>
                  <Table.Th>{t('invitations.invitedBy')}</Table.Th>
                  <Table.Th>{t('invitations.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((invitation) => (
                  <Table.Tr key={invitation.id}>
                    <Table.Td>{invitation.displayName}</Table.Td>
                    <Table.Td>{invitation.email}</Table.Td>
                    <Table.Td>{t(`roles.${invitation.role}`)}</Table.Td>
                    <Table.Td>
                      <Badge color={invitation.status === 'pending' ? 'blue' : 'gray'}>
                        {t(`invitations.statuses.${invitation.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{formatDateTime(invitation.expiresAt)}</Table.Td>
                    <Table.Td>{invitation.invitedByName}</Table.Td>
                    <Table.Td>
                      {invitation.abilities.revoke && (
                        <ConfirmAction
                          size="xs"
                          label={t('invitations.revoke.button')}
                          aria-label={`${t('invitations.revoke.button')}: ${invitation.email}`}
                          title={t('invitations.revoke.title')}
                          message={t('invitations.revoke.message', { email: invitation.email })}
                          confirmLabel={t('invitations.revoke.confirm')}
                          loading={revoke.isPending}
                          onConfirm={() => revoke.mutateAsync(invitation.id).catch(() => undefined)}
                        />
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListPager total={list.data.total} page={page} pageSize={list.data.pageSize} onChange={setPage} />
        </>
      )}
    </section>
  );
}
