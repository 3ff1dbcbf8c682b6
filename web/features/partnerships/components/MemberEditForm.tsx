import { Button, Checkbox, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberView, PartnershipView } from '../../../../common/contracts/partnerships';
import { nonLeaderRoles } from '../../../../common/contracts/partnerships';
import { type CoalitionRole, coalitionRoles } from '../../../../common/enums';
import { fieldError } from '../../../components/ErrorSummary';
import { useUpdateMember } from '../api/update-member';
import { EditConflict } from './EditConflict';

type Role = (typeof nonLeaderRoles)[number];

/**
 * A member's role, its seat in the management body and, in a social employment coalition, its
 * role of seed 000's table; changed at the version read. The leader's role is not here: the
 * leader changes only by handing over, which keeps the history.
 */
export function MemberEditForm({
  view,
  member,
  onDone,
}: {
  view: PartnershipView;
  member: MemberView;
  onDone: () => void;
}) {
  const { t } = useTranslation('partnerships');
  const update = useUpdateMember(view.id);
  const [base, setBase] = useState(member);
  const [role, setRole] = useState(member.role);
  const [inManagementBody, setInManagementBody] = useState(member.inManagementBody);
  const [coalitionRole, setCoalitionRole] = useState<CoalitionRole | null>(member.coalitionRole);
  const coalition = view.kind === 'socialEmploymentCoalition';
  const isLeader = base.role === 'leader';
  const idOf = (field: string) => `member-edit-${field}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      {
        memberId: member.id,
        ...(isLeader ? {} : { role: role as Role }),
        inManagementBody,
        ...(coalition ? { coalitionRole } : {}),
        version: base.version,
      },
      { onSuccess: onDone },
    );
  };
  const title = t('members.editTitle', { name: member.institution.name });
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-label={title}>
      <Stack>
        <Title order={2} size="h5">
          {title}
        </Title>
        <EditConflict<MemberView>
          error={update.error}
          message={t('members.conflict')}
          fieldIds={{
            role: idOf('role'),
            inManagementBody: idOf('inManagementBody'),
            coalitionRole: idOf('coalitionRole'),
          }}
          onReload={(current) => {
            setBase(current);
            setRole(current.role);
            setInManagementBody(current.inManagementBody);
            setCoalitionRole(current.coalitionRole);
            update.reset();
          }}
        />
        <SimpleGrid cols={{ base: 1, md: coalition ? 3 : 2 }}>
          {isLeader ? (
            <Stack gap={2}>
              <Text size="sm" fw={500}>
                {t('fields.role')}: {t('roles.leader')}
              </Text>
              <Text size="xs">{t('members.leaderRoleHint')}</Text>
            </Stack>
          ) : (
            <Select
              id={idOf('role')}
              label={t('fields.role')}
              allowDeselect={false}
              data={nonLeaderRoles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
              value={role}
              onChange={(v) => v && setRole(v as Role)}
              error={fieldError(update.error, 'role')}
            />
          )}
          {coalition && (
            <Select
              id={idOf('coalitionRole')}
              label={t('fields.coalitionRole')}
              placeholder={t('members.noCoalitionRole')}
              clearable
              data={coalitionRoles.map((r) => ({ value: r, label: t(`coalitionRoles.${r}`) }))}
              value={coalitionRole}
              onChange={(v) => setCoalitionRole(v as CoalitionRole | null)}
              error={fieldError(update.error, 'coalitionRole')}
            />
          )}
          <Checkbox
            id={idOf('inManagementBody')}
            label={t('fields.inManagementBody')}
            checked={inManagementBody}
            onChange={(e) => setInManagementBody(e.currentTarget.checked)}
            error={fieldError(update.error, 'inManagementBody')}
            mt="lg"
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('members.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('cancel', { ns: 'common' })}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
