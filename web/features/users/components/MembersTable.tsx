import { Alert, Badge, Group, NativeSelect, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberListResponse, MemberView } from '../../../../common/contracts/accounts';
import { membershipRoles } from '../../../../common/enums';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { ApiError } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { useChangeRole } from '../api/change-role';
import { useDeactivateMembership } from '../api/deactivate-membership';

type Institution = MemberListResponse['institution'];

/**
 * The members table. The role is changed in place (with the version the row was read at); a
 * membership is ended only after a confirmation that says what the person loses. What the
 * actor may do comes from each row's abilities.
 */
export function MembersTable({ institution, items }: { institution: Institution; items: MemberView[] }) {
  const { t } = useTranslation('users');
  const changeRole = useChangeRole(institution.id);
  const deactivate = useDeactivateMembership(institution.id);
  const [notice, setNotice] = useState<string | null>(null);
  const error = changeRole.error ?? deactivate.error;
  const conflict = error instanceof ApiError && error.code === 'versionConflict';

  return (
    <>
      <div aria-live="polite">
        {notice && !error && (
          <Alert color="green" variant="outline" mb="sm" data-testid="members-notice">
            {notice}
          </Alert>
        )}
      </div>
      {conflict ? (
        <Alert color="orange" variant="outline" role="alert" mb="sm">
          {t('members.conflict')}
        </Alert>
      ) : (
        <ErrorSummary error={error} />
      )}
      <Table.ScrollContainer minWidth={760}>
        <Table striped captionSide="top">
          <Table.Caption>{t('members.caption', { name: institution.name })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('members.name')}</Table.Th>
              <Table.Th>{t('members.email')}</Table.Th>
              <Table.Th>{t('members.role')}</Table.Th>
              <Table.Th>{t('members.since')}</Table.Th>
              <Table.Th>{t('members.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((member) => (
              <Table.Tr key={member.id}>
                <Table.Td>
                  <Text fw={600} size="sm">
                    {member.displayName}
                  </Text>
                  <Group gap={4}>
                    {member.status === 'inactive' && <Badge color="gray">{t('members.ended')}</Badge>}
                    {member.accountStatus === 'inactive' && (
                      <Badge color="red">{t('members.accountBlocked')}</Badge>
                    )}
                    {member.role === 'institutionAdmin' &&
                      member.status === 'active' &&
                      !member.abilities.changeRole &&
                      institution.abilities.manage && <Badge color="blue">{t('members.lastAdmin')}</Badge>}
                  </Group>
                </Table.Td>
                <Table.Td>{member.email}</Table.Td>
                <Table.Td>
                  {member.abilities.changeRole ? (
                    <NativeSelect
                      aria-label={t('members.roleOf', { name: member.displayName })}
                      value={member.role}
                      disabled={changeRole.isPending}
                      onChange={(e) => {
                        const role = e.currentTarget.value as MemberView['role'];
                        setNotice(null);
                        deactivate.reset();
                        changeRole.mutate(
                          { id: member.id, role, version: member.version },
                          {
                            onSuccess: (updated) =>
                              setNotice(
                                t('members.roleChanged', {
                                  name: updated.displayName,
                                  role: t(`roles.${updated.role}`),
                                }),
                              ),
                          },
                        );
                      }}
                      data={membershipRoles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
                    />
                  ) : (
                    t(`roles.${member.role}`)
                  )}
                </Table.Td>
                <Table.Td>{formatDateTime(member.createdAt)}</Table.Td>
                <Table.Td>
                  {member.abilities.deactivate && (
                    <ConfirmAction
                      size="xs"
                      label={t('members.deactivate.button')}
                      aria-label={`${t('members.deactivate.button')}: ${member.displayName}`}
                      title={t('members.deactivate.title')}
                      message={t('members.deactivate.message', {
                        name: member.displayName,
                        institution: institution.name,
                      })}
                      confirmLabel={t('members.deactivate.confirm')}
                      loading={deactivate.isPending}
                      onConfirm={async () => {
                        setNotice(null);
                        changeRole.reset();
                        await deactivate
                          .mutateAsync({ id: member.id, version: member.version })
                          .then(() => setNotice(t('members.deactivate.done', { name: member.displayName })))
                          .catch(() => undefined);
                      }}
                    />
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
