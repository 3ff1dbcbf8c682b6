import { Group, Paper, Radio, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentView } from '../../../../common/contracts/provider-readiness';
import type { ReadinessVerdict } from '../../../../common/enums';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { useConfirmAssessment, useReturnAssessment } from '../api/assessment-steps';
import { groupsOf } from './checklist-groups';
import { RegistryAnswer } from './RegistryAnswer';
import { useItemLabel } from './readiness-labels';

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(new Date());
/** A confirmation holds for two years unless the verifier says otherwise. */
const inTwoYears = () => {
  const [y, m, d] = today().split('-');
  return `${Number(y) + 2}-${m}-${d}`;
};

interface Verdict {
  key: string;
  verdict: ReadinessVerdict;
  comment: string;
}

/**
 * The OWES's or expert's verification: a verdict and comment on every item (starting from the
 * provider's own answer), then confirmation with validity, or a return saying what to correct.
 */
export function VerificationForm({ assessment }: { assessment: AssessmentView }) {
  const { t } = useTranslation('providerReadiness');
  const label = useItemLabel();
  const [verdicts, setVerdicts] = useState<Verdict[]>(() =>
    assessment.items.map((i) => ({ key: i.key, verdict: i.met ? 'met' : 'notMet', comment: '' })),
  );
  const [validFrom, setValidFrom] = useState(today);
  const [validUntil, setValidUntil] = useState(inTwoYears);
  const [comment, setComment] = useState('');
  const [returnComment, setReturnComment] = useState('');
  const confirm = useConfirmAssessment(assessment.id);
  const giveBack = useReturnAssessment(assessment.id);
  const error = confirm.error ?? giveBack.error;
  const items = () => verdicts.map((v) => ({ ...v, comment: v.comment.trim() || null }));
  const set = (index: number, patch: Partial<Verdict>) =>
    setVerdicts((all) => all.map((v, n) => (n === index ? { ...v, ...patch } : v)));

  return (
    <Stack>
      <Title order={2} size="h3">
        {t('verify.title')}
      </Title>
      <ErrorSummary error={error} />
      {groupsOf(assessment.items).map((group) => (
        <Paper
          withBorder
          p="md"
          component="section"
          key={group.source}
          aria-labelledby={`group-${group.source}`}
        >
          <Title order={3} size="h4" id={`group-${group.source}`} mb="sm">
            {t(`sources.${group.source}`)}
          </Title>
          <Stack gap="lg">
            {group.entries.map(({ item, index }) => (
              <Stack key={item.key} gap="xs" data-testid="checklist-item">
                <Text fw={600} size="sm">
                  {label(item)}
                </Text>
                {item.source === 'registerEntry' ? (
                  <RegistryAnswer item={item} />
                ) : (
                  <Text size="sm">
                    {t('detail.selfAssessment')}: {t(item.met ? 'form.met' : 'form.notMet')}
                    {item.staffCount !== null && ` · ${t('detail.staff', { count: item.staffCount })}`}
                    {` · ${item.evidence ?? t('detail.noEvidence')}`}
                  </Text>
                )}
                <Radio.Group
                  id={`field-items.${index}.verdict`}
                  label={t('verify.verdict')}
                  value={verdicts[index]!.verdict}
                  onChange={(value) => set(index, { verdict: value as ReadinessVerdict })}
                  error={fieldError(error, `items.${index}.verdict`)}
                >
                  <Group mt="xs">
                    <Radio value="met" label={t('verify.met')} />
                    <Radio value="notMet" label={t('verify.notMet')} />
                  </Group>
                </Radio.Group>
                <TextInput
                  id={`field-items.${index}.comment`}
                  label={t('verify.comment')}
                  value={verdicts[index]!.comment}
                  onChange={(e) => set(index, { comment: e.currentTarget.value })}
                />
              </Stack>
            ))}
          </Stack>
        </Paper>
      ))}
      <Paper withBorder p="md">
        <Stack>
          <Group align="flex-start">
            <TextInput
              id="field-validFrom"
              type="date"
              label={t('verify.validFrom')}
              value={validFrom}
              onChange={(e) => setValidFrom(e.currentTarget.value)}
              error={fieldError(error, 'validFrom')}
              withAsterisk
            />
            <TextInput
              id="field-validUntil"
              type="date"
              label={t('verify.validUntil')}
              value={validUntil}
              onChange={(e) => setValidUntil(e.currentTarget.value)}
              error={fieldError(error, 'validUntil')}
              withAsterisk
            />
          </Group>
          <Textarea
            id="field-comment"
            label={t('verify.decisionComment')}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <Group>
            <ConfirmAction
              label={t('verify.confirm')}
              title={t('verify.confirmTitle')}
              message={t('verify.confirmMessage')}
              confirmLabel={t('verify.confirm')}
              color="teal.9"
              variant="filled"
              loading={confirm.isPending}
              onConfirm={() => {
                giveBack.reset();
                return confirm
                  .mutateAsync({
                    version: assessment.version,
                    items: items(),
                    validFrom,
                    validUntil,
                    comment: comment.trim() || null,
                  })
                  .catch(() => undefined);
              }}
            />
            <ConfirmAction
              label={t('verify.return')}
              title={t('verify.returnTitle')}
              message={t('verify.returnMessage')}
              confirmLabel={t('verify.return')}
              loading={giveBack.isPending}
              confirmDisabled={returnComment.trim() === ''}
              onConfirm={() => {
                confirm.reset();
                return giveBack
                  .mutateAsync({ version: assessment.version, items: items(), comment: returnComment.trim() })
                  .catch(() => undefined);
              }}
            >
              <Textarea
                id="field-returnComment"
                label={t('verify.returnComment')}
                value={returnComment}
                onChange={(e) => setReturnComment(e.currentTarget.value)}
                withAsterisk
                autosize
                minRows={2}
              />
            </ConfirmAction>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
