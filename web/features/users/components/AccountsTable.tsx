import { Badge, Button, Group, List, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../../common/contracts/accounts';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { useDeactivateUser } from '../api/deactivate-user';
import { useReactivateUser } from '../api/reactivate-user';

/** Accounts with their institutions and roles; blocking asks for confirmation, unblocking is one step. */
export function AccountsTable({ items }: { items: UserSummary[] }) {
  const { t } = useTranslation('users');
  const deactivate = useDeactivateUser();
  const reactivate = useReactivateUser();
  return (
    <>
      <ErrorSummary error={deactivate.error ?? reactivate.error} />
      <Table.ScrollContainer minWidth={800}>
        <Table striped captionSide="top">
          <Table.Caption>{t('accounts.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('accounts.name')}</Table.Th>
              <Table.Th>{t('accounts.email')}</Table.Th>
              <Table.Th>{t('accounts.memberships')}</Table.Th>
              <Table.Th>{t('accounts.accountStatus')}</Table.Th>
              <Table.Th>{t('accounts.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((user) => (
              <Table.Tr key={user.id}>
                <Table.Td>
                  <Text fw={600} size="sm">
                    {user.displayName}
                  </Text>
                  <Group gap={4}>
                    {user.isPlatformAdmin && <Badge color="blue">{t('accounts.platformAdmin')}</Badge>}
                    {user.locked && <Badge color="orange">{t('accounts.locked')}</Badge>}
                  </Group>
                </Table.Td>
                <Table.Td>{user.email}</Table.Td>
                <Table.Td>
                  {user.memberships.length === 0 ? (
                    t('accounts.noMemberships')
                  ) : (
                    <List size="sm">
                      {user.memberships.map((m) => (
                        <List.Item key={m.institutionId}>
                          {m.institutionName} — {t(`roles.${m.role}`)}
                        </List.Item>
                      ))}
                    </List>
                  )}
                </Table.Td>
                <Table.Td>{t(`accounts.statuses.${user.status}`)}</Table.Td>
                <Table.Td>
                  {user.abilities.deactivate && (
                    <ConfirmAction
                      size="xs"
                      label={t('accounts.deactivate.button')}
                      aria-label={`${t('accounts.deactivate.button')}: ${user.displayName}`}
                      title={t('accounts.deactivate.title')}
                      message={t('accounts.deactivate.message', { name: user.displayName })}
                      confirmLabel={t('accounts.deactivate.confirm')}
                      loading={deactivate.isPending}
                      onConfirm={() => deactivate.mutateAsync(user.id).catch(() => undefined)}
                    />
                  )}
                  {user.abilities.reactivate && (
                    <Button
                      size="xs"
                      variant="outline"
                      aria-label={`${t('accounts.reactivate')}: ${user.displayName}`}
                      loading={reactivate.isPending}
                      onClick={() => reactivate.mutate(user.id)}
                    >
                      {t('accounts.reactivate')}
                    </Button>
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
