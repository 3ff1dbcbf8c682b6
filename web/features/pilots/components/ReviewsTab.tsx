import {
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PilotView, TestingView } from '../../../../common/contracts/pilots';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { formatDate } from '../../../lib/format';
import { useTesting, useTestingChange } from '../api/pilots';

/** The quality specialist's reviews of the experts and the learning-outcomes expert's assessments of the sites. */
export function ReviewsTab({ pilot }: { pilot: PilotView }) {
  const { t } = useTranslation('pilots');
  const testing = useTesting(pilot.id, pilot.abilities.readTesting);
  if (!pilot.abilities.readTesting) return <Text size="sm">{t('reports.noAccess')}</Text>;
  if (testing.error) return <Text role="alert">{testing.error.message}</Text>;
  if (!testing.data) return <Text size="sm">{t('loading')}</Text>;
  const data = testing.data;
  return (
    <Stack>
      <Title order={2} size="h4">
        {t('reviews.quality')}
      </Title>
      {pilot.abilities.review && (
        <ReviewForm
          pilot={pilot}
          kind="reviews"
          subjectField="expertId"
          subjects={pilot.experts.map((e) => ({ value: e.id, label: e.name }))}
          subjectLabel={t('fields.expert')}
          dateField="reviewedOn"
          textField="findings"
          title={t('reviews.add')}
        />
      )}
      {data.reviews.length === 0 ? (
        <EmptyState title={t('reviews.noneQuality')} />
      ) : (
        data.reviews.map((r) => (
          <Entry
            key={r.id}
            heading={`${r.expert.name} – ${formatDate(r.reviewedOn)} – ${t('fields.score')} ${r.score}/5`}
            text={r.findings}
            recommendations={r.recommendations}
            by={r.reviewer}
          />
        ))
      )}
      <Title order={2} size="h4">
        {t('reviews.assessments')}
      </Title>
      {pilot.abilities.assess && (
        <ReviewForm
          pilot={pilot}
          kind="assessments"
          subjectField="candidateId"
          subjects={sitesOf(data)}
          subjectLabel={t('fields.site')}
          dateField="assessedOn"
          textField="outcomes"
          title={t('reviews.addAssessment')}
        />
      )}
      {data.assessments.length === 0 ? (
        <EmptyState title={t('reviews.noneAssessments')} />
      ) : (
        data.assessments.map((a) => (
          <Entry
            key={a.id}
            heading={`${a.site.name} – ${formatDate(a.assessedOn)} – ${t('fields.score')} ${a.score}/5`}
            text={a.outcomes}
            recommendations={a.recommendations}
            by={a.assessor}
          />
        ))
      )}
    </Stack>
  );
}

const sitesOf = (data: TestingView) => data.grid.map((g) => ({ value: g.candidateId, label: g.name }));

function Entry(props: { heading: string; text: string; recommendations: string | null; by: string }) {
  const { t } = useTranslation('pilots');
  return (
    <Paper withBorder p="sm">
      <Text fw={600} size="sm">
        {props.heading}
      </Text>
      <Text size="sm">{props.text}</Text>
      {props.recommendations && (
        <Text size="sm">
          {t('fields.recommendations')}: {props.recommendations}
        </Text>
      )}
      <Text size="xs">
        {t('fields.reviewer')}: {props.by}
      </Text>
    </Paper>
  );
}

function ReviewForm(props: {
  pilot: PilotView;
  kind: 'reviews' | 'assessments';
  subjectField: 'expertId' | 'candidateId';
  subjects: { value: string; label: string }[];
  subjectLabel: string;
  dateField: 'reviewedOn' | 'assessedOn';
  textField: 'findings' | 'outcomes';
  title: string;
}) {
  const { t } = useTranslation('pilots');
  const empty = { subject: '', date: '', score: '' as number | '', text: '', recommendations: '' };
  const [form, setForm] = useState(empty);
  const save = useTestingChange<object>(props.pilot.id, props.kind);
  return (
    <Paper withBorder p="md">
      <form
        noValidate
        aria-label={props.title}
        onSubmit={async (event) => {
          event.preventDefault();
          const saved = await save
            .mutateAsync({
              [props.subjectField]: form.subject || undefined,
              [props.dateField]: form.date,
              score: form.score === '' ? undefined : form.score,
              [props.textField]: form.text,
              recommendations: form.recommendations,
            })
            .catch(() => undefined);
          if (saved) setForm(empty);
        }}
      >
        <Stack>
          <Title order={3} size="h5">
            {props.title}
          </Title>
          <ErrorSummary error={save.error} />
          <Group grow align="flex-start">
            <Select
              id={`field-${props.subjectField}`}
              label={props.subjectLabel}
              data={props.subjects}
              value={form.subject || null}
              onChange={(v) => setForm({ ...form, subject: v ?? '' })}
              withAsterisk
              error={fieldError(save.error, props.subjectField)}
            />
            <TextInput
              id={`field-${props.dateField}`}
              type="date"
              label={t(`fields.${props.dateField}`)}
              value={form.date}
              onChange={(e) => setForm({ ...form, date: e.currentTarget.value })}
              withAsterisk
              error={fieldError(save.error, props.dateField)}
            />
            <NumberInput
              id="field-score"
              label={t('fields.score')}
              description={t('reviews.scoreHint')}
              min={1}
              max={5}
              allowDecimal={false}
              value={form.score}
              onChange={(v) => setForm({ ...form, score: v === '' ? '' : Number(v) })}
              withAsterisk
              error={fieldError(save.error, 'score')}
            />
          </Group>
          <Textarea
            id={`field-${props.textField}`}
            label={t(`fields.${props.textField}`)}
            value={form.text}
            onChange={(e) => setForm({ ...form, text: e.currentTarget.value })}
            withAsterisk
            autosize
            minRows={2}
            error={fieldError(save.error, props.textField)}
          />
          <Textarea
            id="field-recommendations"
            label={t('fields.recommendations')}
            value={form.recommendations}
            onChange={(e) => setForm({ ...form, recommendations: e.currentTarget.value })}
            autosize
            minRows={2}
            error={fieldError(save.error, 'recommendations')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t('reviews.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
