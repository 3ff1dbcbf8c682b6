import { Button, Group, List, Paper, Select, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberView, PartnershipView } from '../../../../common/contracts/partnerships';
import { nonLeaderRoles } from '../../../../common/contracts/partnerships';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useChangeLeader } from '../api/change-leader';
import { useLeaveMember } from '../api/leave-member';
import { useLeaderHistory } from '../api/list-leaders';
import { AddMemberForm } from './AddMemberForm';
import { ContactsSection } from './ContactsSection';
import { MemberEditForm } from './MemberEditForm';

type Role = (typeof nonLeaderRoles)[number];

/** Members with their roles; what the actor may change on each row comes from the API's abilities. */
export function MembersTab({ view }: { view: PartnershipView }) {
  const { t } = useTranslation('partnerships');
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = view.members.find((m) => m.id === editingId);
  return (
    <Stack>
      <Table.ScrollContainer minWidth={800}>
        <Table striped captionSide="top">
          <Table.Caption>{t('members.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('fields.institution')}</Table.Th>
              <Table.Th>{t('fields.role')}</Table.Th>
              {view.kind === 'socialEmploymentCoalition' && <Table.Th>{t('fields.coalitionRole')}</Table.Th>}
              <Table.Th>{t('fields.inManagementBody')}</Table.Th>
              <Table.Th>{t('fields.joinedAt')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {view.members.map((m) => (
              <MemberRow key={m.id} view={view} member={m} onEdit={() => setEditingId(m.id)} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editing && (
        <MemberEditForm key={editing.id} view={view} member={editing} onDone={() => setEditingId(null)} />
      )}
      {view.abilities.manageMembers && <ChangeLeader view={view} />}
      {view.abilities.manageMembers && <AddMemberForm view={view} />}
      {view.private && view.private.formerMembers.length > 0 && (
        <Paper withBorder p="md" component="section" aria-labelledby="former-members">
          <Title order={2} size="h5" id="former-members" mb="xs">
            {t('detail.formerMembers')}
          </Title>
          <List size="sm">
            {view.private.formerMembers.map((m) => (
              <List.Item key={m.id}>
                {m.institution.name} — {t('fields.leftAt')}: {m.leftAt && formatDateTime(m.leftAt)}
                {m.leaveReason && ` (${m.leaveReason})`}
              </List.Item>
            ))}
          </List>
        </Paper>
      )}
      {view.private && <LeaderHistory id={view.id} />}
      {view.private && <ContactsSection view={view} />}
    </Stack>
  );
}

function MemberRow({
  view,
  member,
  onEdit,
}: {
  view: PartnershipView;
  member: MemberView;
  onEdit: () => void;
}) {
  const { t } = useTranslation('partnerships');
  const leave = useLeaveMember(view.id);
  const [reason, setReason] = useState('');
  return (
    <Table.Tr>
      <Table.Td>{member.institution.name}</Table.Td>
      <Table.Td>{t(`roles.${member.role}`)}</Table.Td>
      {view.kind === 'socialEmploymentCoalition' && (
        <Table.Td>{member.coalitionRole && t(`coalitionRoles.${member.coalitionRole}`)}</Table.Td>
      )}
      <Table.Td>{t(member.inManagementBody ? 'members.yes' : 'members.no')}</Table.Td>
      <Table.Td>{formatDateTime(member.joinedAt)}</Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          {member.abilities.update && (
            <Button
              size="xs"
              variant="default"
              aria-label={t('members.editLabel', { name: member.institution.name })}
              onClick={onEdit}
            >
              {t('members.edit')}
            </Button>
          )}
          {member.abilities.leave && (
            <ConfirmAction
              size="xs"
              label={t('members.leave')}
              title={t('members.leaveTitle')}
              message={`${member.institution.name}: ${t('members.leaveMessage')}`}
              loading={leave.isPending}
              confirmDisabled={reason.trim().length < 3}
              onConfirm={() =>
                leave.mutateAsync({ memberId: member.id, reason: reason.trim(), version: member.version })
              }
            >
              <ErrorSummary error={leave.error} fieldIds={{ reason: `leave-reason-${member.id}` }} />
              <Textarea
                id={`leave-reason-${member.id}`}
                label={t('members.leaveReason')}
                withAsterisk
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
              />
            </ConfirmAction>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** Handing over the leadership is binding: it asks for confirmation and the reason is kept. */
function ChangeLeader({ view }: { view: PartnershipView }) {
  const { t } = useTranslation('partnerships');
  const change = useChangeLeader(view.id);
  const [memberId, setMemberId] = useState<string | null>(null);
  const [previousRole, setPreviousRole] = useState<Role>('member');
  const [reason, setReason] = useState('');
  const candidates = view.members.filter((m) => m.role !== 'leader');
  if (candidates.length === 0) return null;
  return (
    <Group>
      <ConfirmAction
        color="blue"
        label={t('members.changeLeader')}
        title={t('members.changeLeaderTitle')}
        message={t('members.changeLeaderMessage')}
        loading={change.isPending}
        confirmDisabled={!memberId}
        onConfirm={() =>
          change.mutateAsync({
            memberId: memberId ?? '',
            previousLeaderRole: previousRole,
            reason,
            version: view.version,
          })
        }
      >
        <ErrorSummary error={change.error} fieldIds={{ memberId: 'leader-member' }} />
        <Select
          id="leader-member"
          label={t('members.newLeader')}
          withAsterisk
          data={candidates.map((m) => ({ value: m.id, label: m.institution.name }))}
          value={memberId}
          onChange={setMemberId}
          comboboxProps={{ withinPortal: false }}
        />
        <Select
          id="leader-previous-role"
          label={t('members.previousLeaderRole')}
          allowDeselect={false}
          data={nonLeaderRoles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          value={previousRole}
          onChange={(v) => setPreviousRole((v as Role | null) ?? 'member')}
          comboboxProps={{ withinPortal: false }}
        />
        <Textarea
          id="leader-reason"
          label={t('members.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
      </ConfirmAction>
    </Group>
  );
}

function LeaderHistory({ id }: { id: string }) {
  const { t } = useTranslation('partnerships');
  const history = useLeaderHistory(id);
  if (!history.data) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="leader-history">
      <Title order={2} size="h5" id="leader-history" mb="xs">
        {t('detail.leaderHistory')}
      </Title>
      <List size="sm" data-testid="leader-history">
        {history.data.items.map((term) => (
          <List.Item key={term.id}>
            <Text size="sm" span fw={600}>
              {term.institutionName}
            </Text>{' '}
            {t('detail.leaderSince', { date: formatDate(term.startedAt.slice(0, 10)) })}
            {term.endedAt && ` ${t('detail.leaderUntil', { date: formatDate(term.endedAt.slice(0, 10)) })}`}
            {term.reason && ` — ${term.reason}`}
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}
