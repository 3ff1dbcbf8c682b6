import { Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfferingView } from '../../../../common/contracts/service-offerings';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { useEndOffering } from '../api/end-offering';

const MIN_REASON = 3;

/** Ending an offering for good asks for the reason in its confirmation. */
export function EndOffering({ offering }: { offering: OfferingView }) {
  const { t } = useTranslation('socialServices');
  const [reason, setReason] = useState('');
  const end = useEndOffering(offering.id);
  if (!offering.abilities.end) return null;
  const reasonId = `end-reason-${offering.id}`;
  return (
    <ConfirmAction
      label={t('offerings.end')}
      aria-label={`${t('offerings.end')}: ${offering.serviceType.name}`}
      size="xs"
      title={t('offerings.endTitle')}
      message={t('offerings.endMessage', { name: offering.serviceType.name })}
      confirmLabel={t('offerings.endConfirm')}
      loading={end.isPending}
      confirmDisabled={reason.trim().length < MIN_REASON}
      onConfirm={() => end.mutateAsync({ reason: reason.trim(), version: offering.version })}
    >
      <ErrorSummary error={end.error} fieldIds={{ reason: reasonId }} />
      <Textarea
        id={reasonId}
        label={t('offerings.endReason')}
        description={t('retire.reasonHint')}
        withAsterisk
        autosize
        minRows={3}
        maxLength={1000}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={fieldError(end.error, 'reason')}
      />
    </ConfirmAction>
  );
}
