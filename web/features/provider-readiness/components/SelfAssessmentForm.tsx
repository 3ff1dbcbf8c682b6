import { Button, Group, NumberInput, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentView } from '../../../../common/contracts/provider-readiness';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { useSaveSelfAssessment, useSubmitAssessment } from '../api/assessment-steps';
import { groupsOf } from './checklist-groups';
import { RegistryAnswer } from './RegistryAnswer';
import { useItemLabel } from './readiness-labels';

interface Answer {
  key: string;
  met: boolean | null;
  evidence: string;
  staffCount: number | null;
}

const answersOf = (a: AssessmentView): Answer[] =>
  a.items.map((i) => ({ key: i.key, met: i.met, evidence: i.evidence ?? '', staffCount: i.staffCount }));

/**
 * The provider's self-assessment: each item met or not, the evidence, and for qualifications the
 * number of people. Submitting saves the answers first, then asks for confirmation.
 */
export function SelfAssessmentForm({ assessment }: { assessment: AssessmentView }) {
  const { t } = useTranslation('providerReadiness');
  const label = useItemLabel();
  const [answers, setAnswers] = useState(() => answersOf(assessment));
  const [saved, setSaved] = useState(false);
  const save = useSaveSelfAssessment(assessment.id);
  const submit = useSubmitAssessment(assessment.id);
  const set = (index: number, patch: Partial<Answer>) => {
    setSaved(false);
    setAnswers((all) => all.map((a, n) => (n === index ? { ...a, ...patch } : a)));
  };
  const body = () => ({
    version: assessment.version,
    items: answers.map((a) => ({ ...a, evidence: a.evidence.trim() || null })),
  });
  const error = save.error ?? submit.error;

  return (
    <form
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        submit.reset();
        if (await save.mutateAsync(body()).catch(() => undefined)) setSaved(true);
      }}
    >
      <Stack>
        <ErrorSummary error={error} />
        {groupsOf(assessment.items).map((group) => (
          <Paper
            withBorder
            p="md"
            component="section"
            key={group.source}
            aria-labelledby={`group-${group.source}`}
          >
            <Title order={2} size="h4" id={`group-${group.source}`} mb="sm">
              {t(`sources.${group.source}`)}
            </Title>
            <Stack gap="lg">
              {group.entries.map(({ item, index }) => {
                const answer = answers[index]!;
                return (
                  <Stack key={item.key} gap="xs" data-testid="checklist-item">
                    {item.source === 'registerEntry' ? (
                      <>
                        <Text fw={600} size="sm">
                          {label(item)}
                        </Text>
                        <RegistryAnswer item={item} />
                      </>
                    ) : (
                      <Radio.Group
                        id={`field-items.${index}.met`}
                        label={label(item)}
                        description={t('form.answer')}
                        value={answer.met === null ? '' : String(answer.met)}
                        onChange={(value) => set(index, { met: value === 'true' })}
                        error={fieldError(error, `items.${index}.met`)}
                      >
                        <Group mt="xs">
                          <Radio value="true" label={t('form.met')} />
                          <Radio value="false" label={t('form.notMet')} />
                        </Group>
                      </Radio.Group>
                    )}
                    {item.verdict && (
                      <Text
                        size="sm"
                        c={item.verdict === 'notMet' ? 'red.9' : undefined}
                        data-testid="verifier-verdict"
                      >
                        {t('verify.verdict')}: {t(`verify.${item.verdict}`)}
                        {item.comment && ` · ${item.comment}`}
                      </Text>
                    )}
                    {item.source === 'qualification' && (
                      <NumberInput
                        id={`field-items.${index}.staffCount`}
                        label={t('form.staffCount')}
                        min={0}
                        allowDecimal={false}
                        value={answer.staffCount ?? ''}
                        onChange={(value) =>
                          set(index, { staffCount: typeof value === 'number' ? value : null })
                        }
                        error={fieldError(error, `items.${index}.staffCount`)}
                        w={260}
                      />
                    )}
                    <Textarea
                      id={`field-items.${index}.evidence`}
                      label={t('form.evidence')}
                      description={t('form.evidenceHint')}
                      value={answer.evidence}
                      onChange={(e) => set(index, { evidence: e.currentTarget.value })}
                      error={fieldError(error, `items.${index}.evidence`)}
                      autosize
                      minRows={1}
                    />
                  </Stack>
                );
              })}
            </Stack>
          </Paper>
        ))}
        {saved && (
          <Text role="status" size="sm">
            {t('form.saved')}
          </Text>
        )}
        <Group>
          <Button type="submit" variant="default" loading={save.isPending}>
            {t('form.save')}
          </Button>
          {assessment.abilities.submit && (
            <ConfirmAction
              label={t('form.submit')}
              title={t('form.submitTitle')}
              message={t('form.submitMessage')}
              confirmLabel={t('form.submit')}
              color="blue.9"
              variant="filled"
              loading={save.isPending || submit.isPending}
              onConfirm={async () => {
                const current = await save.mutateAsync(body()).catch(() => undefined);
                if (current) await submit.mutateAsync({ version: current.version }).catch(() => undefined);
              }}
            />
          )}
        </Group>
      </Stack>
    </form>
  );
}
