import { Alert, Button, Group, Paper, Radio, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type PublicSurveyView,
  type SurveyRating,
  surveyRatings,
} from '../../../../../common/contracts/person-survey';
import { ErrorSummary, fieldError } from '../../../../components/ErrorSummary';
import { formatDate } from '../../../../lib/format';
import { useAnswerSurvey, useOpenSurvey } from '../../api/surveys';

/** `?code=` from the slip's QR code fills the field in; the person still presses "Dalej". */
export const parseSurveySearch = (search: Record<string, unknown>): { code?: string } =>
  typeof search.code === 'string' && search.code.length <= 20 ? { code: search.code } : {};

const scale = ['1', '2', '3', '4', '5'] as const;

/**
 * The survey the person answers without an account, in plain Polish: first the code from the
 * slip, then three ratings as radio groups (fieldset and legend each) and three optional texts in
 * the person's own words (own needs and goals only at the first milestone). Once sent, the code
 * is spent.
 */
export function PublicSurveyPage() {
  const { t } = useTranslation('personVoice');
  const search = useSearch({ from: '/public/survey' });
  const open = useOpenSurvey();
  const [code, setCode] = useState(search.code ?? '');

  const submitCode = (event: FormEvent) => {
    event.preventDefault();
    open.mutate(code);
  };

  return (
    <Stack maw={720} mx="auto" py="lg">
      <Title order={1}>{t('public.title')}</Title>
      {!open.data ? (
        <>
          <Text>{t('public.intro')}</Text>
          <Paper withBorder p="md">
            <form onSubmit={submitCode} noValidate>
              <Stack gap="sm">
                <ErrorSummary error={open.error} fieldIds={{ code: 'field-code' }} />
                <TextInput
                  id="field-code"
                  label={t('public.code')}
                  description={t('public.codeHint')}
                  withAsterisk
                  autoComplete="off"
                  spellCheck={false}
                  size="md"
                  value={code}
                  onChange={(e) => setCode(e.currentTarget.value)}
                  error={fieldError(open.error, 'code')}
                  styles={{
                    input: { fontFamily: 'monospace', textTransform: 'uppercase', letterSpacing: 2 },
                  }}
                />
                <Button type="submit" size="md" loading={open.isPending} style={{ alignSelf: 'flex-start' }}>
                  {t('public.open')}
                </Button>
              </Stack>
            </form>
          </Paper>
        </>
      ) : (
        <SurveyForm code={code} survey={open.data} />
      )}
    </Stack>
  );
}

function SurveyForm({ code, survey }: { code: string; survey: PublicSurveyView }) {
  const { t } = useTranslation('personVoice');
  const answer = useAnswerSurvey();
  const [ratings, setRatings] = useState<Partial<Record<SurveyRating, string>>>({});
  const [helped, setHelped] = useState('');
  const [change, setChange] = useState('');
  const [goals, setGoals] = useState('');

  if (answer.data)
    return (
      <Alert variant="outline" color="teal.9" title={t('public.thanksTitle')} data-testid="survey-thanks">
        <Text>{t('public.thanks')}</Text>
      </Alert>
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const rating = (r: SurveyRating) => (ratings[r] ? Number(ratings[r]) : (undefined as unknown as number));
    answer.mutate({
      code,
      useful: rating('useful'),
      respectful: rating('respectful'),
      onTime: rating('onTime'),
      helped,
      change,
      ...(survey.askGoals && { goals }),
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <div>
          <Title order={2} size="h3">
            {t('public.heading', { institution: survey.institutionName })}
          </Title>
          <Text size="sm">
            {t('public.context', {
              partnership: survey.partnershipName,
              milestone: t(`milestones.${survey.milestone}`),
            })}
          </Text>
          <Text size="sm">{t('public.privacy')}</Text>
        </div>
        <ErrorSummary
          error={answer.error}
          fieldIds={Object.fromEntries(surveyRatings.map((r) => [r, `field-${r}-1`]))}
        />
        <Text fw={700}>{t('public.ratingsLegend')}</Text>
        {surveyRatings.map((r) => {
          const error = fieldError(answer.error, r);
          return (
            <fieldset
              key={r}
              aria-describedby={error ? `error-${r}` : undefined}
              style={{ border: 0, margin: 0, padding: 0 }}
            >
              <Text component="legend" fw={600} size="md" mb="xs">
                {t(`public.questions.${r}`)}{' '}
                <Text component="span" c="red.9" aria-hidden>
                  *
                </Text>
              </Text>
              <Group gap="md">
                {scale.map((value) => (
                  <Radio
                    key={value}
                    id={`field-${r}-${value}`}
                    name={r}
                    value={value}
                    size="md"
                    checked={ratings[r] === value}
                    onChange={() => setRatings((current) => ({ ...current, [r]: value }))}
                    label={`${value} – ${t(`public.scale.${value}`)}`}
                    required
                  />
                ))}
              </Group>
              {error && (
                <Text id={`error-${r}`} c="red.9" size="sm" mt={4}>
                  {error}
                </Text>
              )}
            </fieldset>
          );
        })}
        <Textarea
          id="field-helped"
          label={t('public.helped')}
          description={t('public.optional')}
          autosize
          minRows={3}
          size="md"
          value={helped}
          onChange={(e) => setHelped(e.currentTarget.value)}
          error={fieldError(answer.error, 'helped')}
        />
        <Textarea
          id="field-change"
          label={t('public.change')}
          description={t('public.optional')}
          autosize
          minRows={3}
          size="md"
          value={change}
          onChange={(e) => setChange(e.currentTarget.value)}
          error={fieldError(answer.error, 'change')}
        />
        {survey.askGoals && (
          <Textarea
            id="field-goals"
            label={t('public.goals')}
            description={`${t('public.goalsHint')} ${t('public.optional')}`}
            autosize
            minRows={3}
            size="md"
            value={goals}
            onChange={(e) => setGoals(e.currentTarget.value)}
            error={fieldError(answer.error, 'goals')}
          />
        )}
        <Text size="sm">
          {t('issue.useBy')}: {formatDate(survey.useBy)}
        </Text>
        <Button type="submit" size="md" loading={answer.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('public.submit')}
        </Button>
      </Stack>
    </form>
  );
}
