import {
  Badge,
  Button,
  Group,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateReviewInput, PlanView, ReviewView } from '../../../../common/contracts/commissioning';
import {
  type ChecklistAnswer,
  checklistAnswers,
  qualityReviewKinds,
  qualityReviewStatuses,
} from '../../../../common/enums';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { formatDate } from '../../../lib/format';
import { useCreateReview, useUpdateReview } from '../api/plans';

/** Quality reviews of the contracted services, and recording one for the OPS or PCPR of the territory. */
export function ReviewsTab({ plan }: { plan: PlanView }) {
  const { t } = useTranslation('commissioning');
  const [adding, setAdding] = useState(false);
  const mayReview = plan.abilities.reviewAs.length > 0 && plan.contracts.length > 0;
  return (
    <Stack>
      {plan.reviews.length === 0 ? (
        <EmptyState title={t('noReviews')} hint={t('reviewsOnlyWithContracts')} />
      ) : (
        plan.reviews.map((review) => <ReviewCard key={review.id} plan={plan} review={review} />)
      )}
      {mayReview &&
        (adding ? (
          <ReviewForm plan={plan} onDone={() => setAdding(false)} />
        ) : (
          <Group>
            <Button onClick={() => setAdding(true)}>{t('actions.addReview')}</Button>
          </Group>
        ))}
    </Stack>
  );
}

function ReviewCard({ plan, review }: { plan: PlanView; review: ReviewView }) {
  const { t } = useTranslation('commissioning');
  const contract = plan.contracts.find((c) => c.id === review.contractId);
  return (
    <Paper
      withBorder
      p="md"
      component="article"
      aria-label={`${t(`reviewKinds.${review.kind}`)} ${review.reviewedOn}`}
    >
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h5">
          {t(`reviewKinds.${review.kind}`)} · {formatDate(review.reviewedOn)} · {review.reviewer.name}
        </Title>
        <Badge color={review.status === 'open' ? 'violet.9' : 'dark'} variant="filled">
          {t(`reviewStatuses.${review.status}`)}
        </Badge>
      </Group>
      <Text size="sm">
        {t('fields.contract')}: {contract ? `${contract.number} – ${contract.contractor.name}` : '—'}
      </Text>
      <Table mt="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('fields.checklist')}</Table.Th>
            <Table.Th>{t('fields.answer')}</Table.Th>
            <Table.Th>{t('fields.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {review.checklist.map((item) => (
            <Table.Tr key={`${item.source}-${item.text}`}>
              <Table.Td>{item.text}</Table.Td>
              <Table.Td>{t(`answers.${item.answer}`)}</Table.Td>
              <Table.Td>{item.note ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <SimpleGrid cols={{ base: 1, sm: 3 }} mt="sm">
        <div>
          <Text size="xs" fw={600}>
            {t('fields.findings')}
          </Text>
          <Text size="sm">{review.findings}</Text>
        </div>
        <div>
          <Text size="xs" fw={600}>
            {t('fields.recommendations')}
          </Text>
          <Text size="sm">{review.recommendations ?? '—'}</Text>
        </div>
        <div>
          <Text size="xs" fw={600}>
            {t('fields.followUpOn')}
          </Text>
          <Text size="sm">{review.followUpOn ? formatDate(review.followUpOn) : '—'}</Text>
        </div>
      </SimpleGrid>
      {review.recordedByName && (
        <Text size="xs" mt="xs">
          {t('recordedBy', { name: review.recordedByName })}
        </Text>
      )}
      {review.abilities.update && review.status === 'open' && <CloseReview plan={plan} review={review} />}
    </Paper>
  );
}

/** Closing a review once its recommendations are followed up; the rest of it stays as recorded. */
function CloseReview({ plan, review }: { plan: PlanView; review: ReviewView }) {
  const { t } = useTranslation('commissioning');
  const update = useUpdateReview(plan.id);
  return (
    <Group mt="sm">
      <ConfirmAction
        size="xs"
        color="blue"
        label={t('actions.closeReview')}
        title={t('actions.closeReview')}
        message={t('actions.closeReviewConfirm')}
        confirmLabel={t('actions.closeReview')}
        loading={update.isPending}
        onConfirm={() =>
          update.mutateAsync({
            reviewId: review.id,
            version: review.version,
            kind: review.kind,
            reviewedOn: review.reviewedOn,
            checklist: review.checklist.map(({ answer, note }) => ({ answer, note })),
            findings: review.findings,
            recommendations: review.recommendations,
            followUpOn: review.followUpOn,
            status: 'closed',
          })
        }
      >
        <ErrorSummary error={update.error} />
      </ConfirmAction>
    </Group>
  );
}

function ReviewForm({ plan, onDone }: { plan: PlanView; onDone: () => void }) {
  const { t } = useTranslation('commissioning');
  const create = useCreateReview(plan.id);
  const [reviewer, setReviewer] = useState<string | null>(plan.abilities.reviewAs[0]?.id ?? null);
  const [contractId, setContract] = useState<string | null>(null);
  const [kind, setKind] = useState<string | null>('visit');
  const [status, setStatus] = useState<string | null>('open');
  const [text, setText] = useState({ reviewedOn: '', findings: '', recommendations: '', followUpOn: '' });
  const [answers, setAnswers] = useState<Record<number, { answer?: ChecklistAnswer; note: string }>>({});
  const contract = plan.contracts.find((c) => c.id === contractId);
  const items = plan.commissions.find((c) => c.id === contract?.commissionId)?.checklistTemplate ?? [];
  const setAnswer = (index: number, patch: { answer?: ChecklistAnswer; note?: string }) =>
    setAnswers((current) => ({ ...current, [index]: { note: '', ...current[index], ...patch } }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        ...(reviewer && { reviewerInstitutionId: reviewer }),
        ...(contractId && { contractId }),
        ...(kind && { kind }),
        ...(status && { status }),
        reviewedOn: text.reviewedOn,
        findings: text.findings,
        recommendations: text.recommendations,
        followUpOn: text.followUpOn || null,
        checklist: items.map((_, index) => ({
          answer: answers[index]?.answer,
          note: answers[index]?.note ?? '',
        })),
      } as CreateReviewInput,
      { onSuccess: onDone },
    );
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="review-form-title">
      <Title order={2} size="h4" id="review-form-title" mb="sm">
        {t('sections.newReview')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorSummary error={create.error} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              id="field-reviewerInstitutionId"
              label={t('fields.reviewer')}
              withAsterisk
              data={plan.abilities.reviewAs.map((i) => ({ value: i.id, label: i.name }))}
              value={reviewer}
              onChange={setReviewer}
              error={fieldError(create.error, 'reviewerInstitutionId')}
              comboboxProps={{ withinPortal: true }}
            />
            <Select
              id="field-contractId"
              label={t('fields.contract')}
              withAsterisk
              data={plan.contracts.map((c) => ({ value: c.id, label: `${c.number} – ${c.contractor.name}` }))}
              value={contractId}
              onChange={(id) => {
                setContract(id);
                setAnswers({});
              }}
              error={fieldError(create.error, 'contractId')}
              comboboxProps={{ withinPortal: true }}
            />
            <Select
              id="field-kind"
              label={t('fields.kind')}
              withAsterisk
              data={qualityReviewKinds.map((k) => ({ value: k, label: t(`reviewKinds.${k}`) }))}
              value={kind}
              onChange={setKind}
              error={fieldError(create.error, 'kind')}
              comboboxProps={{ withinPortal: true }}
            />
            <TextInput
              id="field-reviewedOn"
              type="date"
              label={t('fields.reviewedOn')}
              withAsterisk
              value={text.reviewedOn}
              onChange={(e) => setText({ ...text, reviewedOn: e.currentTarget.value })}
              error={fieldError(create.error, 'reviewedOn')}
            />
          </SimpleGrid>
          {contract && (
            <Stack gap="xs" id="field-checklist" tabIndex={-1}>
              <Text fw={600} size="sm">
                {t('fields.checklist')}
              </Text>
              {fieldError(create.error, 'checklist') && (
                <Text size="sm" c="red.9">
                  {fieldError(create.error, 'checklist')}
                </Text>
              )}
              {items.length === 0 && <Text size="sm">{t('emptyChecklist')}</Text>}
              {items.map((item, index) => (
                <Paper key={`${item.source}-${item.text}`} withBorder p="xs">
                  <Radio.Group
                    id={`field-checklist.${index}.answer`}
                    label={item.text}
                    description={t(`sources.${item.source}`)}
                    withAsterisk
                    value={answers[index]?.answer ?? null}
                    onChange={(answer) => setAnswer(index, { answer: answer as ChecklistAnswer })}
                    error={fieldError(create.error, `checklist.${index}.answer`)}
                  >
                    <Group mt="xs">
                      {checklistAnswers.map((answer) => (
                        <Radio key={answer} value={answer} label={t(`answers.${answer}`)} />
                      ))}
                    </Group>
                  </Radio.Group>
                  <TextInput
                    id={`field-checklist.${index}.note`}
                    mt="xs"
                    size="xs"
                    label={t('fields.note')}
                    value={answers[index]?.note ?? ''}
                    onChange={(e) => setAnswer(index, { note: e.currentTarget.value })}
                  />
                </Paper>
              ))}
            </Stack>
          )}
          <Textarea
            id="field-findings"
            label={t('fields.findings')}
            withAsterisk
            autosize
            minRows={2}
            value={text.findings}
            onChange={(e) => setText({ ...text, findings: e.currentTarget.value })}
            error={fieldError(create.error, 'findings')}
          />
          <Textarea
            id="field-recommendations"
            label={t('fields.recommendations')}
            autosize
            minRows={2}
            value={text.recommendations}
            onChange={(e) => setText({ ...text, recommendations: e.currentTarget.value })}
            error={fieldError(create.error, 'recommendations')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              id="field-followUpOn"
              type="date"
              label={t('fields.followUpOn')}
              value={text.followUpOn}
              onChange={(e) => setText({ ...text, followUpOn: e.currentTarget.value })}
              error={fieldError(create.error, 'followUpOn')}
            />
            <Select
              id="field-status"
              label={t('fields.status')}
              data={qualityReviewStatuses.map((s) => ({ value: s, label: t(`reviewStatuses.${s}`) }))}
              value={status}
              onChange={setStatus}
              comboboxProps={{ withinPortal: true }}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('actions.addReview')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('actions.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
