import { Button, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstitutionView } from '../../../../common/contracts/institutions';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { useDeactivateInstitution } from '../api/deactivate-institution';
import { useReactivateInstitution } from '../api/reactivate-institution';

const MIN_REASON = 3;

/** Deactivation asks for the reason in its confirmation; reactivation undoes it in one step. */
export function InstitutionStatusAction({ card }: { card: InstitutionView }) {
  const { t } = useTranslation('institutions');
  const [reason, setReason] = useState('');
  const deactivate = useDeactivateInstitution(card.id);
  const reactivate = useReactivateInstitution(card.id);
  if (!card.abilities.deactivate) return null;
  if (card.status === 'inactive')
    return (
      <Button variant="outline" loading={reactivate.isPending} onClick={() => reactivate.mutate()}>
        {t('reactivate.button')}
      </Button>
    );
  return (
    <ConfirmAction
      label={t('deactivate.button')}
      title={t('deactivate.title')}
      message={t('deactivate.message')}
      confirmLabel={t('deactivate.confirm')}
      loading={deactivate.isPending}
      confirmDisabled={reason.trim().length < MIN_REASON}
      onConfirm={() => deactivate.mutateAsync(reason.trim())}
    >
      <ErrorSummary error={deactivate.error} fieldIds={{ reason: 'deactivate-reason' }} />
      <Textarea
        id="deactivate-reason"
        label={t('deactivate.reason')}
        description={t('deactivate.reasonHint')}
        withAsterisk
        autosize
        minRows={3}
        maxLength={1000}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={fieldError(deactivate.error, 'reason')}
      />
    </ConfirmAction>
  );
}
