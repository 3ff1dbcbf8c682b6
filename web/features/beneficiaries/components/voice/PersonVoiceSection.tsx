import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  defaultSurveyUseBy,
  type IssuedSurvey,
  type SurveyInvitationView,
  type SurveyMilestone,
  surveyMilestones,
  surveyRatings,
} from '../../../../../common/contracts/person-survey';
import { ConfirmAction } from '../../../../components/ConfirmAction';
import { ErrorSummary, fieldError } from '../../../../components/ErrorSummary';
import { formatDate, formatDateTime } from '../../../../lib/format';
import { downloadSurveySlip, useIssueSurvey, usePersonVoice, useRevokeSurvey } from '../../api/surveys';
import { IssuedCodeNotice } from '../IssuedCodeNotice';

const stateColor = { open: 'blue.9', answered: 'teal.9', expired: 'gray.8', revoked: 'red.9' } as const;

/**
 * "The person's voice" on the record: the survey invitations with the person's answers. The entry
 * institution issues an invitation at a milestone (the closure survey is offered once the case is
 * closed) and prints the slip while the page still holds the code; the server keeps only its hash.
 */
export function PersonVoiceSection({ personId }: { personId: string }) {
  const { t } = useTranslation('personVoice');
  const voice = usePersonVoice(personId);
  const [issuing, setIssuing] = useState<SurveyMilestone | null>(null);
  const [codes, setCodes] = useState<Record<string, string>>({});
  const [justIssued, setJustIssued] = useState<IssuedSurvey | null>(null);

  const onIssued = (issued: IssuedSurvey) => {
    setCodes((c) => ({ ...c, [issued.invitation.id]: issued.code }));
    setJustIssued(issued);
    setIssuing(null);
  };
  const data = voice.data;
  const closureDue =
    data?.canIssue &&
    data.caseClosedOn !== null &&
    !data.invitations.some(
      (i) => i.milestone === 'closure' && i.state !== 'revoked' && i.state !== 'expired',
    );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="person-voice" data-testid="person-voice">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h5" id="person-voice">
            {t('title')}
          </Title>
          {data?.canIssue && !issuing && (
            <Button size="xs" onClick={() => setIssuing('planAgreed')}>
              {t('issue.open')}
            </Button>
          )}
        </Group>
        <Text size="sm">{data?.canIssue ? t('intro') : t('readerIntro')}</Text>
        {closureDue && data.caseClosedOn && !issuing && (
          <Alert
            variant="outline"
            color="blue.9"
            title={t('closureDue', { date: formatDate(data.caseClosedOn) })}
          >
            <Button size="xs" onClick={() => setIssuing('closure')}>
              {t('closureIssue')}
            </Button>
          </Alert>
        )}
        {justIssued && (
          <IssuedCodeNotice
            code={justIssued.code}
            testId="issued-survey-code"
            t={t}
            onDownload={() => downloadSurveySlip(justIssued.invitation, justIssued.code)}
            onClose={() => setJustIssued(null)}
          />
        )}
        {issuing && (
          <IssueSurveyForm
            personId={personId}
            initial={issuing}
            closed={data?.caseClosedOn != null}
            onIssued={onIssued}
            onCancel={() => setIssuing(null)}
          />
        )}
        {voice.error && <Text role="alert">{voice.error.message}</Text>}
        {!data && !voice.error && <Loader aria-label={t('loading')} />}
        {data?.invitations.length === 0 && <Text size="sm">{t('empty')}</Text>}
        {data && data.invitations.length > 0 && (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('columns.milestone')}</Table.Th>
                  <Table.Th>{t('columns.issuedAt')}</Table.Th>
                  <Table.Th>{t('columns.useBy')}</Table.Th>
                  <Table.Th>{t('columns.state')}</Table.Th>
                  <Table.Th>{t('columns.answer')}</Table.Th>
                  <Table.Th>{t('columns.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.invitations.map((invitation) => (
                  <InvitationRow
                    key={invitation.id}
                    personId={personId}
                    invitation={invitation}
                    code={codes[invitation.id]}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}

function IssueSurveyForm({
  personId,
  initial,
  closed,
  onIssued,
  onCancel,
}: {
  personId: string;
  initial: SurveyMilestone;
  closed: boolean;
  onIssued: (issued: IssuedSurvey) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('personVoice');
  const issue = useIssueSurvey(personId);
  const [milestone, setMilestone] = useState<string | null>(initial);
  const [useBy, setUseBy] = useState(defaultSurveyUseBy());
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      onIssued(await issue.mutateAsync({ milestone: (milestone ?? '') as SurveyMilestone, useBy }));
    } catch {
      // The error summary shows what went wrong.
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="survey-issue-title">
      <Stack gap="sm">
        <Text fw={700} id="survey-issue-title">
          {t('issue.title')}
        </Text>
        <ErrorSummary error={issue.error} />
        <Select
          id="field-milestone"
          label={t('issue.milestone')}
          description={t('issue.milestoneHint')}
          withAsterisk
          allowDeselect={false}
          data={surveyMilestones
            .filter((m) => m !== 'closure' || closed)
            .map((m) => ({ value: m, label: t(`milestones.${m}`) }))}
          value={milestone}
          onChange={setMilestone}
          error={fieldError(issue.error, 'milestone')}
          style={{ maxWidth: 360 }}
        />
        <TextInput
          id="field-useBy"
          type="date"
          label={t('issue.useBy')}
          description={t('issue.useByHint')}
          withAsterisk
          value={useBy}
          onChange={(e) => setUseBy(e.currentTarget.value)}
          error={fieldError(issue.error, 'useBy')}
          style={{ maxWidth: 220 }}
        />
        <Group gap="xs">
          <Button type="submit" loading={issue.isPending}>
            {t('issue.submit')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('issue.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function InvitationRow({
  personId,
  invitation,
  code,
}: {
  personId: string;
  invitation: SurveyInvitationView;
  code: string | undefined;
}) {
  const { t } = useTranslation('personVoice');
  const revoke = useRevokeSurvey(personId, invitation.id);
  const [reason, setReason] = useState('');
  const answer = invitation.answer;
  const texts = answer
    ? ([
        ['helped', answer.helped],
        ['change', answer.change],
        ['goals', answer.goals],
      ] as const)
    : [];
  return (
    <Table.Tr data-testid={`survey-${invitation.milestone}`}>
      <Table.Td>{t(`milestones.${invitation.milestone}`)}</Table.Td>
      <Table.Td>{formatDateTime(invitation.issuedAt)}</Table.Td>
      <Table.Td>{formatDate(invitation.useBy)}</Table.Td>
      <Table.Td>
        <Badge variant="filled" color={stateColor[invitation.state]}>
          {t(`states.${invitation.state}`)}
        </Badge>
        {invitation.revocationReason && <Text size="xs">{invitation.revocationReason}</Text>}
      </Table.Td>
      <Table.Td>
        {answer ? (
          <Stack gap={4}>
            <Text size="xs">{t('answer.answeredAt', { date: formatDateTime(answer.answeredAt) })}</Text>
            {surveyRatings.map((r) => (
              <Text size="sm" key={r}>
                {t(`ratings.${r}`)}: <strong>{t('answer.rating', { value: answer[r] })}</strong>
              </Text>
            ))}
            {texts.map(
              ([field, text]) =>
                text && (
                  <Text size="sm" key={field}>
                    {t(`answer.${field}`)}: „{text}”
                  </Text>
                ),
            )}
            {answer.textsCleared && <Text size="xs">{t('answer.cleared')}</Text>}
          </Stack>
        ) : (
          t('answer.none')
        )}
      </Table.Td>
      <Table.Td>
        <Stack gap={4} align="flex-start">
          {invitation.state === 'open' &&
            invitation.abilities.revoke &&
            (code ? (
              <Button size="xs" variant="default" onClick={() => downloadSurveySlip(invitation, code)}>
                {t('slip.download')}
              </Button>
            ) : (
              <Text size="xs">{t('slip.unavailable')}</Text>
            ))}
          {invitation.abilities.revoke && (
            <ConfirmAction
              size="xs"
              label={t('revoke.action')}
              title={t('revoke.title')}
              message={t('revoke.message')}
              confirmLabel={t('revoke.action')}
              loading={revoke.isPending}
              confirmDisabled={reason.trim() === ''}
              onConfirm={() =>
                revoke.mutateAsync({ version: invitation.version, reason }).catch(() => undefined)
              }
            >
              <ErrorSummary
                error={revoke.error}
                fieldIds={{ reason: `survey-revoke-reason-${invitation.id}` }}
              />
              <Textarea
                id={`survey-revoke-reason-${invitation.id}`}
                label={t('revoke.reason')}
                withAsterisk
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
              />
            </ConfirmAction>
          )}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
