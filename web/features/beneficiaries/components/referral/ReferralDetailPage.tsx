import { Button, Group, Loader, Paper, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { Link, notFound, useParams } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralView } from '../../../../../common/contracts/referrals';
import { ConfirmAction } from '../../../../components/ConfirmAction';
import { ErrorSummary } from '../../../../components/ErrorSummary';
import { PageHeader } from '../../../../components/PageHeader';
import { ApiError } from '../../../../lib/api';
import { formatDate, formatDateTime } from '../../../../lib/format';
import { useReferral, useReferralStep } from '../../api/referrals';
import { ReferralStateBadge } from './ReferralStateBadge';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" fw={700}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Text>
    </div>
  );
}

/** A referral: what the entry institution wrote, its history, and the operator's next step. */
export function ReferralDetailPage() {
  const { t } = useTranslation('referrals');
  const { referralId } = useParams({ from: '/authed/referrals/$referralId' });
  const referral = useReferral(referralId);
  if (referral.error instanceof ApiError && referral.error.status === 404) throw notFound();
  if (referral.error) return <Text role="alert">{referral.error.message}</Text>;
  if (!referral.data) return <Loader aria-label={t('loading', { ns: 'common' })} />;
  const r = referral.data;
  const when = (at: string | null) => (at ? formatDateTime(at) : null);
  return (
    <Stack>
      <PageHeader
        title={t('detail.title', { name: `${r.person.firstName} ${r.person.lastName}` })}
        actions={
          <Button
            variant="default"
            renderRoot={(props) => <Link {...props} to="/beneficiaries/$id" params={{ id: r.person.id }} />}
          >
            {t('detail.openPerson')}
          </Button>
        }
      />
      <ReferralStateBadge referral={r} />
      <Text size="xs">{t('detail.readLogged')}</Text>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <Fact label={t('detail.from')}>{r.entryInstitution.name}</Fact>
          <Fact label={t('detail.to')}>{r.operatorInstitution.name}</Fact>
          <Fact label={t('detail.useBy')}>{formatDate(r.useBy)}</Fact>
          <Fact label={t('detail.issuedAt')}>
            {t('byWhom', { date: formatDateTime(r.issuedAt), name: r.issuedByName ?? '—' })}
          </Fact>
          {r.redeemedAt && (
            <Fact label={t('detail.redeemedAt')}>
              {t('byWhom', { date: formatDateTime(r.redeemedAt), name: r.redeemedByName ?? '—' })}
            </Fact>
          )}
          {r.decidedAt && <Fact label={t('detail.decidedAt')}>{when(r.decidedAt)}</Fact>}
          {r.serviceStartedAt && <Fact label={t('detail.serviceStartedAt')}>{when(r.serviceStartedAt)}</Fact>}
          {r.completedAt && <Fact label={t('detail.completedAt')}>{when(r.completedAt)}</Fact>}
          {r.revokedAt && <Fact label={t('detail.revokedAt')}>{when(r.revokedAt)}</Fact>}
        </SimpleGrid>
        <Stack gap="sm" mt="md">
          <Fact label={t('detail.services')}>
            {r.services
              .map((s) =>
                [t(`instruments.${s.instrument}`, { ns: 'partnershipPlan' }), s.description]
                  .filter(Boolean)
                  .join(': '),
              )
              .join('\n')}
          </Fact>
          <Fact label={t('detail.brief')}>{r.brief}</Fact>
          {r.rejectionReason && <Fact label={t('detail.rejectionReason')}>{r.rejectionReason}</Fact>}
          {r.outcome && <Fact label={t('detail.outcome')}>{r.outcome}</Fact>}
          {r.revocationReason && <Fact label={t('detail.revocationReason')}>{r.revocationReason}</Fact>}
        </Stack>
      </Paper>
      <ReferralSteps referral={r} />
    </Stack>
  );
}

/** The operator's steps: accept or reject (with the reason), start, complete (with the outcome). */
function ReferralSteps({ referral }: { referral: ReferralView }) {
  const { t } = useTranslation('referrals');
  const step = useReferralStep(referral);
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState('');
  const { abilities, version } = referral;
  if (!abilities.accept && !abilities.reject && !abilities.startService && !abilities.complete) return null;
  return (
    <Stack gap="xs">
      <ErrorSummary error={step.error} />
      <Group gap="xs">
        {abilities.accept && (
          <Button loading={step.isPending} onClick={() => step.mutate({ step: 'accept', body: { version } })}>
            {t('detail.accept')}
          </Button>
        )}
        {abilities.startService && (
          <Button loading={step.isPending} onClick={() => step.mutate({ step: 'start', body: { version } })}>
            {t('detail.start')}
          </Button>
        )}
        {abilities.reject && (
          <ConfirmAction
            label={t('detail.reject')}
            title={t('detail.rejectTitle')}
            message={t('detail.rejectMessage')}
            confirmLabel={t('detail.reject')}
            loading={step.isPending}
            confirmDisabled={reason.trim() === ''}
            onConfirm={() =>
              step.mutateAsync({ step: 'reject', body: { version, reason } }).catch(() => undefined)
            }
          >
            <Textarea
              id="field-reason"
              label={t('detail.rejectReason')}
              withAsterisk
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
          </ConfirmAction>
        )}
        {abilities.complete && (
          <ConfirmAction
            color="blue"
            label={t('detail.complete')}
            title={t('detail.completeTitle')}
            message={t('detail.completeMessage')}
            confirmLabel={t('detail.complete')}
            loading={step.isPending}
            confirmDisabled={outcome.trim() === ''}
            onConfirm={() =>
              step.mutateAsync({ step: 'complete', body: { version, outcome } }).catch(() => undefined)
            }
          >
            <Textarea
              id="field-outcome"
              label={t('detail.outcome_label')}
              withAsterisk
              value={outcome}
              onChange={(e) => setOutcome(e.currentTarget.value)}
            />
          </ConfirmAction>
        )}
      </Group>
    </Stack>
  );
}
