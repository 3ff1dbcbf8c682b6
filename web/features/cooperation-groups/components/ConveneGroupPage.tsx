import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Loader,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type SubjectKind, subjectKinds } from '../../../../common/contracts/cooperation-groups';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate } from '../../../lib/format';
import { useConveneGroup, useConveningOptions } from '../api/groups';

/**
 * Convening a group: the OPS (with its valid authorisation), the PZK it draws on, the institutions
 * asked to delegate, and the situation under a pseudonymous label — never a name or a PESEL.
 */
export function ConveneGroupPage() {
  const { t } = useTranslation('cooperationGroups');
  const options = useConveningOptions();
  const convene = useConveneGroup();
  const navigate = useNavigate();
  const [opsId, setOpsId] = useState<string | null>(null);
  const [teamId, setTeamId] = useState<string | null>(null);
  const [invited, setInvited] = useState<string[]>([]);
  const [values, setValues] = useState({
    label: '',
    subjectKind: 'family' as SubjectKind,
    situation: '',
    internalNotes: '',
  });
  const set = (key: keyof typeof values, value: string) => setValues((v) => ({ ...v, [key]: value }));

  if (!options.data)
    return options.error ? (
      <Text role="alert">{options.error.message}</Text>
    ) : (
      <Loader aria-label={t('loading', { ns: 'common' })} />
    );
  const conveners = options.data.conveners;
  const convener = conveners.find((c) => c.ops.id === opsId) ?? conveners[0];
  const team = convener?.partnerTeams.find((p) => p.id === teamId) ?? convener?.partnerTeams[0];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!convener) return;
    const group = await convene
      .mutateAsync({
        opsInstitutionId: convener.ops.id,
        partnerTeamId: team?.id ?? '',
        label: values.label,
        subjectKind: values.subjectKind,
        situation: values.situation,
        internalNotes: values.internalNotes,
        invitedInstitutionIds: invited,
      })
      .catch(() => null);
    if (group) await navigate({ to: '/cooperation-groups/$id', params: { id: group.id } });
  };

  return (
    <Stack maw={760}>
      <PageHeader title={t('convene.title')} />
      {!convener && (
        <Alert color="blue" variant="outline">
          {t('convene.noOps')}
        </Alert>
      )}
      {convener && (
        <Paper withBorder p="md" component="form" onSubmit={submit} noValidate>
          <Stack>
            <ErrorSummary error={convene.error} fieldIds={{ invitedInstitutionIds: 'field-invited' }} />
            {conveners.length > 1 && (
              <Select
                id="field-opsInstitutionId"
                label={t('convene.ops')}
                allowDeselect={false}
                data={conveners.map((c) => ({ value: c.ops.id, label: c.ops.name }))}
                value={convener.ops.id}
                onChange={(v) => {
                  setOpsId(v);
                  setTeamId(null);
                  setInvited([]);
                }}
              />
            )}
            {convener.authorisation ? (
              <Text size="sm" data-testid="authorisation-status">
                {convener.ops.name}: {t('convene.authorisation', { number: convener.authorisation.number })},{' '}
                {convener.authorisation.validUntil
                  ? t('convene.authorisationUntil', { date: formatDate(convener.authorisation.validUntil) })
                  : t('convene.authorisationIndefinite')}
              </Text>
            ) : (
              <Alert color="red" variant="outline" role="alert">
                {t('convene.noAuthorisation')}{' '}
                <Anchor component={Link} to="/cooperation-groups/authorisations">
                  {t('convene.goToAuthorisations')}
                </Anchor>
              </Alert>
            )}
            {team ? (
              <Select
                id="field-partnerTeamId"
                label={t('convene.partnerTeam')}
                allowDeselect={false}
                required
                data={convener.partnerTeams.map((p) => ({ value: p.id, label: p.name }))}
                value={team.id}
                onChange={(v) => {
                  setTeamId(v);
                  setInvited([]);
                }}
                error={fieldError(convene.error, 'partnerTeamId')}
              />
            ) : (
              <Alert color="red" variant="outline">
                {t('convene.noPartnerTeam')}
              </Alert>
            )}
            {team && (
              <Checkbox.Group
                id="field-invited"
                label={t('convene.invited')}
                required
                value={invited}
                onChange={setInvited}
                error={fieldError(convene.error, 'invitedInstitutionIds')}
              >
                <Stack gap="xs" mt="xs">
                  {team.members
                    .filter((m) => m.institutionId !== convener.ops.id)
                    .map((m) => (
                      <Checkbox key={m.institutionId} value={m.institutionId} label={m.name} />
                    ))}
                </Stack>
              </Checkbox.Group>
            )}
            <TextInput
              id="field-label"
              label={t('convene.label')}
              description={t('convene.labelHint')}
              required
              value={values.label}
              onChange={(e) => set('label', e.currentTarget.value)}
              error={fieldError(convene.error, 'label')}
            />
            <Select
              id="field-subjectKind"
              label={t('convene.subjectKind')}
              allowDeselect={false}
              data={subjectKinds.map((k) => ({ value: k, label: t(`subjectKind.${k}`) }))}
              value={values.subjectKind}
              onChange={(v) => set('subjectKind', v ?? 'family')}
            />
            <Textarea
              id="field-situation"
              label={t('convene.situation')}
              description={t('convene.situationHint')}
              required
              autosize
              minRows={3}
              value={values.situation}
              onChange={(e) => set('situation', e.currentTarget.value)}
              error={fieldError(convene.error, 'situation')}
            />
            <Textarea
              id="field-internalNotes"
              label={t('convene.internalNotes')}
              description={t('convene.internalNotesHint')}
              autosize
              minRows={2}
              value={values.internalNotes}
              onChange={(e) => set('internalNotes', e.currentTarget.value)}
              error={fieldError(convene.error, 'internalNotes')}
            />
            <Button type="submit" loading={convene.isPending} disabled={!convener.authorisation || !team}>
              {t('convene.submit')}
            </Button>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
