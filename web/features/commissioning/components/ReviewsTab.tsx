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
import type {
  CreateReviewInput,
  PlanView,
  ReviewView,
  UpdateReviewInput,
} from '../../../../common/contracts/commissioning';
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

/**
 * Quality reviews of the contracted services, recording one for the OPS or PCPR of the territory,
 * and changing one (its findings, follow-up, status) in the name of the institution that recorded it.
 */
export function ReviewsTab({ plan }: { plan: PlanView }) {
  const { t } = useTranslation('commissioning');
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<ReviewView | null>(null);
  const mayReview = plan.abilities.reviewAs.length > 0 && plan.contracts.length > 0;
  return (
    <Stack>
      {plan.reviews.length === 0 ? (
        <EmptyState title={t('noReviews')} hint={t('reviewsOnlyWithContracts')} />
      ) : (
        plan.reviews.map((review) =>
          editing?.id === review.id ? (
            <ReviewForm key={review.id} plan={plan} review={editing} onDone={() => setEditing(null)} />
          ) : (
            <ReviewCard
              key={review.id}
              plan={plan}
              review={review}
              onEdit={() => {
                setAdding(false);
                setEditing(review);
              }}
            />
          ),
        )
      )}
      {mayReview &&
        !editing &&
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

function ReviewCard({ plan, review, onEdit }: { plan: PlanView; review: ReviewView; onEdit: () => void }) {
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
      {review.abilities.update && (
        <Group mt="sm">
          <Button
            size="xs"
            variant="default"
            aria-label={`${t('actions.editReview')}: ${t(`reviewKinds.${review.kind}`)} ${formatDate(review.reviewedOn)}`}
            onClick={onEdit}
          >
            {t('actions.editReview')}
          </Button>
          {review.status === 'open' && <CloseReview plan={plan} review={review} />}
        </Group>
      )}
    </Paper>
  );
}

/** Closing a review once its recommendations are followed up; the rest of it stays as recorded. */
function CloseReview({ plan, review }: { plan: PlanView; review: ReviewView }) {
  const { t } = useTranslation('commissioning');
  const update = useUpdateReview(plan.id);
  return (
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
  );
}

/**
 * A new review, or a recorded one changed at the version the page read: its reviewer and contract
 * stay, and its checklist is the one it was recorded with (the card may have changed since).
 */
function ReviewForm({ plan, review, onDone }: { plan: PlanView; review?: ReviewView; onDone: () => void }) {
  const { t } = useTranslation('commissioning');
  const create = useCreateReview(plan.id);
  const update = useUpdateReview(plan.id);
  const save = review ? update : create;
  const [reviewer, setReviewer] = useState<string | null>(
    review?.reviewer.id ?? plan.abilities.reviewAs[0]?.id ?? null,
  );
  const [contractId, setContract] = useState<string | null>(review?.contractId ?? null);
  const [kind, setKind] = useState<string | null>(review?.kind ?? 'visit');
  const [status, setStatus] = useState<string | null>(review?.status ?? 'open');
  const [text, setText] = useState({
    reviewedOn: review?.reviewedOn ?? '',
    findings: review?.findings ?? '',
    recommendations: review?.recommendations ?? '',
    followUpOn: review?.followUpOn ?? '',
  });
  const [answers, setAnswers] = useState<Record<number, { answer?: ChecklistAnswer; note: string }>>(() =>
    Object.fromEntries(
      (review?.checklist ?? []).map((item, i) => [i, { answer: item.answer, note: item.note ?? '' }]),
    ),
  );
  const contract = plan.contracts.find((c) => c.id === contractId);
  const items =
    review?.checklist ??
    plan.commissions.find((c) => c.id === contract?.commissionId)?.checklistTemplate ??
    [];
  const setAnswer = (index: number, patch: { answer?: ChecklistAnswer; note?: string }) =>
    setAnswers((current) => ({ ...current, [index]: { note: '', ...current[index], ...patch } }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields = {
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
    };
    if (review)
      update.mutate(
        { ...fields, reviewId: review.id, version: review.version } as UpdateReviewInput & {
          reviewId: string;
        },
        { onSuccess: onDone },
      );
    else
      create.mutate(
        {
          ...(reviewer && { reviewerInstitutionId: reviewer }),
          ...(contractId && { contractId }),
          ...fields,
        } as CreateReviewInput,
        { onSuccess: onDone },
      );
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="review-form-title">
      <Title order={2} size="h4" id="review-form-title" mb="sm">
        {review ? `${t('actions.editReview')}: ${formatDate(review.reviewedOn)}` : t('sections.newReview')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorSummary error={save.error} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              id="field-reviewerInstitutionId"
              label={t('fields.reviewer')}
              withAsterisk
              data={
                review
                  ? [{ value: review.reviewer.id, label: review.reviewer.name }]
                  : plan.abilities.reviewAs.map((i) => ({ value: i.id, label: i.name }))
              }
              disabled={review !== undefined}
              value={reviewer}
              onChange={setReviewer}
              error={fieldError(save.error, 'reviewerInstitutionId')}
              comboboxProps={{ withinPortal: true }}
            />
            <Select
              id="field-contractId"
              label={t('fields.contract')}
              withAsterisk
              data={plan.contracts.map((c) => ({ value: c.id, label: `${c.number} – ${c.contractor.name}` }))}
              disabled={review !== undefined}
              value={contractId}
              onChange={(id) => {
                setContract(id);
                setAnswers({});
              }}
              error={fieldError(save.error, 'contractId')}
              comboboxProps={{ withinPortal: true }}
            />
            <Select
              id="field-kind"
              label={t('fields.kind')}
              withAsterisk
              data={qualityReviewKinds.map((k) => ({ value: k, label: t(`reviewKinds.${k}`) }))}
              value={kind}
              onChange={setKind}
              error={fieldError(save.error, 'kind')}
              comboboxProps={{ withinPortal: true }}
            />
            <TextInput
              id="field-reviewedOn"
              type="date"
              label={t('fields.reviewedOn')}
              withAsterisk
              value={text.reviewedOn}
              onChange={(e) => setText({ ...text, reviewedOn: e.currentTarget.value })}
              error={fieldError(save.error, 'reviewedOn')}
            />
          </SimpleGrid>
          {contract && (
            <Stack gap="xs" id="field-checklist" tabIndex={-1}>
              <Text fw={600} size="sm">
                {t('fields.checklist')}
              </Text>
              {fieldError(save.error, 'checklist') && (
                <Text size="sm" c="red.9">
                  {fieldError(save.error, 'checklist')}
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
                    error={fieldError(save.error, `checklist.${index}.answer`)}
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
            error={fieldError(save.error, 'findings')}
          />
          <Textarea
            id="field-recommendations"
            label={t('fields.recommendations')}
            autosize
            minRows={2}
            value={text.recommendations}
            onChange={(e) => setText({ ...text, recommendations: e.currentTarget.value })}
            error={fieldError(save.error, 'recommendations')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              id="field-followUpOn"
              type="date"
              label={t('fields.followUpOn')}
              value={text.followUpOn}
              onChange={(e) => setText({ ...text, followUpOn: e.currentTarget.value })}
              error={fieldError(save.error, 'followUpOn')}
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
            <Button type="submit" loading={save.isPending}>
              {review ? t('actions.save') : t('actions.addReview')}
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
