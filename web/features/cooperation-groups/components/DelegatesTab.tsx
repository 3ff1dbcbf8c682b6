import {
  Button,
  Group,
  Paper,
  Radio,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  VisuallyHidden,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupMemberView, GroupView } from '../../../../common/contracts/cooperation-groups';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { useCandidates, useConveningOptions, useInvite, useRespond } from '../api/groups';

/** The institutions asked to delegate, their answers; each answers for itself, the OPS asks more. */
export function DelegatesTab({ view }: { view: GroupView }) {
  const { t } = useTranslation('cooperationGroups');
  const [answering, setAnswering] = useState<string | null>(null);
  const member = view.members.find((m) => m.id === answering);
  return (
    <Stack>
      {view.members.length === 0 && <EmptyState title={t('delegates.none')} />}
      {view.members.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('tasks.institution')}</Table.Th>
                <Table.Th scope="col">{t('list.statusColumn')}</Table.Th>
                <Table.Th scope="col">{t('delegates.delegate')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('delegates.respond')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view.members.map((m) => (
                <Table.Tr key={m.id} data-testid={`member-${m.institution.id}`}>
                  <Table.Td>{m.institution.name}</Table.Td>
                  <Table.Td>{t(`delegation.${m.status}`)}</Table.Td>
                  <Table.Td>
                    {m.delegateName ?? ''}
                    {m.declineReason && (
                      <Text size="xs">
                        {t('delegates.declineReason')}: {m.declineReason}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {m.abilities.respond && (
                      <Button size="xs" variant="default" onClick={() => setAnswering(m.id)}>
                        {m.status === 'named' ? t('delegates.changeDelegate') : t('delegates.respond')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {member && <RespondForm view={view} member={member} onDone={() => setAnswering(null)} />}
      {view.abilities.manage && <InviteForm view={view} />}
    </Stack>
  );
}

function RespondForm({
  view,
  member,
  onDone,
}: {
  view: GroupView;
  member: GroupMemberView;
  onDone: () => void;
}) {
  const { t } = useTranslation('cooperationGroups');
  const respond = useRespond(view.id);
  const [decision, setDecision] = useState<'name' | 'decline'>('name');
  const [delegateUserId, setDelegateUserId] = useState<string | null>(null);
  const [declineReason, setDeclineReason] = useState('');
  const candidates = useCandidates(view.id, member.id, decision === 'name');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await respond
      .mutateAsync({
        memberId: member.id,
        version: member.version,
        decision,
        ...(decision === 'name' ? { delegateUserId } : { declineReason }),
      })
      .then(() => true)
      .catch(() => false);
    if (done) onDone();
  };
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      onSubmit={submit}
      noValidate
      aria-label={member.institution.name}
    >
      <Stack>
        <Text fw={600}>{member.institution.name}</Text>
        <ErrorSummary error={respond.error} />
        <Radio.Group
          id="field-decision"
          label={t('delegates.decision')}
          value={decision}
          onChange={(v) => setDecision(v as 'name' | 'decline')}
        >
          <Group mt="xs">
            <Radio value="name" label={t('delegates.decisionName')} />
            <Radio value="decline" label={t('delegates.decisionDecline')} />
          </Group>
        </Radio.Group>
        {decision === 'name' ? (
          <Select
            id="field-delegateUserId"
            label={t('delegates.person')}
            required
            searchable
            data={(candidates.data?.items ?? []).map((c) => ({
              value: c.id,
              label: `${c.displayName} (${c.email})`,
            }))}
            value={delegateUserId}
            onChange={setDelegateUserId}
            error={fieldError(respond.error, 'delegateUserId')}
          />
        ) : (
          <Textarea
            id="field-declineReason"
            label={t('delegates.declineReason')}
            required
            value={declineReason}
            onChange={(e) => setDeclineReason(e.currentTarget.value)}
            error={fieldError(respond.error, 'declineReason')}
          />
        )}
        <Group>
          <Button type="submit" loading={respond.isPending}>
            {t('delegates.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('delegates.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Asking one more institution of the PZK, among those not asked yet. */
function InviteForm({ view }: { view: GroupView }) {
  const { t } = useTranslation('cooperationGroups');
  const options = useConveningOptions(view.abilities.manage);
  const invite = useInvite(view.id);
  const [institutionId, setInstitutionId] = useState<string | null>(null);
  const team = options.data?.conveners
    .find((c) => c.ops.id === view.ops.id)
    ?.partnerTeams.find((p) => p.id === view.partnerTeam.id);
  const asked = new Set([view.ops.id, ...view.members.map((m) => m.institution.id)]);
  const candidates = (team?.members ?? []).filter((m) => !asked.has(m.institutionId));
  if (candidates.length === 0) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await invite.mutateAsync({ institutionId: institutionId ?? '' }).catch(() => null);
    setInstitutionId(null);
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate>
      <Stack>
        <Text fw={600}>{t('delegates.invite')}</Text>
        <ErrorSummary error={invite.error} />
        <Select
          id="field-institutionId"
          label={t('delegates.inviteInstitution')}
          required
          data={candidates.map((m) => ({ value: m.institutionId, label: m.name }))}
          value={institutionId}
          onChange={setInstitutionId}
          error={fieldError(invite.error, 'institutionId')}
        />
        <Group>
          <Button type="submit" loading={invite.isPending}>
            {t('delegates.inviteSubmit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
