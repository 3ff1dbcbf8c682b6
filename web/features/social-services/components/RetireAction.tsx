import { Button, Textarea } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetireCatalogueEntryInput } from '../../../../common/contracts/social-services';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';

const MIN_REASON = 3;

/**
 * Retiring a catalogue entry asks for the reason in its confirmation; bringing it back is one
 * step. Entries are never deleted, so this is the only way out of the catalogue.
 */
export function RetireAction({
  entry,
  message,
  retire,
  reinstate,
  idPrefix,
}: {
  entry: { name: string; status: 'active' | 'retired'; version: number; abilities: { update: boolean } };
  message: string;
  retire: UseMutationResult<unknown, Error, RetireCatalogueEntryInput>;
  reinstate: UseMutationResult<unknown, Error, number>;
  /** Makes the reason's id unique when several entries are listed on one page. */
  idPrefix: string;
}) {
  const { t } = useTranslation('socialServices');
  const [reason, setReason] = useState('');
  if (!entry.abilities.update) return null;
  if (entry.status === 'retired')
    return (
      <Button
        variant="outline"
        size="xs"
        loading={reinstate.isPending}
        onClick={() => reinstate.mutate(entry.version)}
      >
        {t('retire.reinstate')}
      </Button>
    );
  const reasonId = `${idPrefix}-retire-reason`;
  return (
    <ConfirmAction
      label={t('retire.button')}
      aria-label={`${t('retire.button')}: ${entry.name}`}
      size="xs"
      title={t('retire.title')}
      message={message}
      confirmLabel={t('retire.confirm')}
      loading={retire.isPending}
      confirmDisabled={reason.trim().length < MIN_REASON}
      onConfirm={() => retire.mutateAsync({ reason: reason.trim(), version: entry.version })}
    >
      <ErrorSummary error={retire.error} fieldIds={{ reason: reasonId }} />
      <Textarea
        id={reasonId}
        label={t('retire.reason')}
        description={t('retire.reasonHint')}
        withAsterisk
        autosize
        minRows={3}
        maxLength={1000}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={fieldError(retire.error, 'reason')}
      />
    </ConfirmAction>
  );
}
