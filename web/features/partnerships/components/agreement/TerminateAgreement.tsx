import { Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementView } from '../../../../../common/contracts/partnership-agreements';
import type { PartnershipView } from '../../../../../common/contracts/partnerships';
import { ConfirmAction } from '../../../../components/ConfirmAction';
import { ErrorSummary, fieldError } from '../../../../components/ErrorSummary';
import { useTerminateAgreement } from '../../api/save-agreement';

/** Terminating is binding and final: a confirmation dialog with the reason and the date. */
export function TerminateAgreement({ view, agreement }: { view: PartnershipView; agreement: AgreementView }) {
  const { t } = useTranslation('partnerships');
  const terminate = useTerminateAgreement(view.id, agreement.id);
  const [reason, setReason] = useState('');
  const [terminatedOn, setDate] = useState(new Date().toISOString().slice(0, 10));
  return (
    <ConfirmAction
      label={t('agreements.terminate.label')}
      title={t('agreements.terminate.title')}
      message={t('agreements.terminate.message')}
      confirmLabel={t('agreements.terminate.confirm')}
      loading={terminate.isPending}
      confirmDisabled={reason.trim().length < 3}
      onConfirm={() =>
        terminate.mutateAsync({ version: agreement.version, reason, terminatedOn }).catch(() => undefined)
      }
    >
      <ErrorSummary
        error={terminate.error}
        fieldIds={{ reason: 'terminate-reason', terminatedOn: 'terminate-date' }}
      />
      <Textarea
        id="terminate-reason"
        label={t('agreements.terminate.reason')}
        withAsterisk
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={fieldError(terminate.error, 'reason')}
      />
      <TextInput
        id="terminate-date"
        type="date"
        label={t('agreements.terminate.date')}
        withAsterisk
        value={terminatedOn}
        onChange={(e) => setDate(e.currentTarget.value)}
        error={fieldError(terminate.error, 'terminatedOn')}
      />
    </ConfirmAction>
  );
}
