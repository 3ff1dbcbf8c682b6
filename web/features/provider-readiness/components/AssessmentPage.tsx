import { Alert, Anchor, Group, Loader, Stack, Text } from '@mantine/core';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { AssessmentView } from '../../../../common/contracts/provider-readiness';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useAssessment } from '../api/get-assessment';
import { ChecklistView } from './ChecklistView';
import { SelfAssessmentForm } from './SelfAssessmentForm';
import { StatusBadge } from './StatusBadge';
import { VerificationForm } from './VerificationForm';

/** One assessment: the provider's form while it may edit, the verifier's form once submitted, else read-only. */
export function AssessmentPage() {
  const { id } = useParams({ from: '/authed/readiness/$id' });
  const { t } = useTranslation('providerReadiness');
  const assessment = useAssessment(id);
  if (!assessment.data)
    return assessment.error ? (
      <Text role="alert">{assessment.error.message}</Text>
    ) : (
      <Loader aria-label={t('loading', { ns: 'common' })} />
    );
  return <Assessment assessment={assessment.data} />;
}

function Assessment({ assessment }: { assessment: AssessmentView }) {
  const { t } = useTranslation('providerReadiness');
  const { decision } = assessment;
  return (
    <Stack>
      <PageHeader title={`${assessment.serviceType.name} — ${assessment.institution.name}`} />
      <Group gap="xs">
        <StatusBadge status={assessment.status} />
        {assessment.validFrom && assessment.validUntil && (
          <Text size="sm" data-testid="validity">
            {t('detail.validity', {
              from: formatDate(assessment.validFrom),
              until: formatDate(assessment.validUntil),
            })}
          </Text>
        )}
      </Group>
      {assessment.status === 'expired' && assessment.validUntil && (
        <Alert color="gray" variant="outline">
          {t('detail.expiredNotice', { date: formatDate(assessment.validUntil) })}
        </Alert>
      )}
      {assessment.submittedAt && (
        <Text size="sm">
          {t('detail.submitted', {
            date: formatDateTime(assessment.submittedAt),
            name: assessment.submittedByName ?? '—',
          })}
        </Text>
      )}
      {decision && (
        <Alert
          color={assessment.status === 'returned' ? 'orange' : 'teal'}
          variant="outline"
          data-testid="decision"
        >
          <Text size="sm">
            {t('detail.decision', { date: formatDateTime(decision.at), name: decision.byName ?? '—' })}{' '}
            {t('detail.decisionInstitution', { name: decision.institutionName ?? t('detail.expert') })}
          </Text>
          {decision.comment && <Text size="sm">{decision.comment}</Text>}
        </Alert>
      )}
      {assessment.abilities.edit ? (
        <SelfAssessmentForm key={assessment.id} assessment={assessment} />
      ) : assessment.abilities.verify ? (
        <VerificationForm key={assessment.id} assessment={assessment} />
      ) : (
        <ChecklistView items={assessment.items} />
      )}
      <Group>
        <Anchor
          href={`/api/provider-readiness/assessments/${assessment.id}/readiness.pdf`}
          data-testid="readiness-pdf"
        >
          {t(
            assessment.status === 'confirmed' || assessment.status === 'expired'
              ? 'documents.pdfConfirmation'
              : 'documents.pdfAssessment',
          )}
        </Anchor>
        <Anchor component={Link} to="/readiness">
          {t('detail.back')}
        </Anchor>
      </Group>
    </Stack>
  );
}
