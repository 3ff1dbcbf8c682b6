import { Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementView } from '../../../../../common/contracts/partnership-agreements';
import type { PartnershipView } from '../../../../../common/contracts/partnerships';
import { ConfirmAction } from '../../../../components/ConfirmAction';
import { ErrorSummary, fieldError } from '../../../../components/ErrorSummary';
import { useWithdrawFromSignature } from '../../api/save-agreement';

/**
 * Takes a text in signature back to a draft for corrections. It voids the signatures already
 * given, so the dialog says so and asks what needs correcting (kept with the voided signatures).
 */
export function WithdrawFromSignature({
  view,
  agreement,
}: {
  view: PartnershipView;
  agreement: AgreementView;
}) {
  const { t } = useTranslation('partnerships');
  const withdraw = useWithdrawFromSignature(view.id, agreement.id);
  const [reason, setReason] = useState('');
  return (
    <ConfirmAction
      label={t('agreements.withdraw.label')}
      title={t('agreements.withdraw.title')}
      message={t('agreements.withdraw.message')}
      confirmLabel={t('agreements.withdraw.confirm')}
      loading={withdraw.isPending}
      confirmDisabled={reason.trim().length < 3}
      onConfirm={() => withdraw.mutateAsync({ version: agreement.version, reason }).catch(() => undefined)}
    >
      <ErrorSummary error={withdraw.error} fieldIds={{ reason: 'withdraw-reason' }} />
      <Textarea
        id="withdraw-reason"
        label={t('agreements.withdraw.reason')}
        withAsterisk
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={fieldError(withdraw.error, 'reason')}
      />
    </ConfirmAction>
  );
}
