import { Group, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foundingRules, type InitiativeView } from '../../../../common/contracts/pes-initiatives';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { useInitiativeStep } from '../api/initiatives';

/** Moving on, registering (the new PES enters the registry) and abandoning: each asks first. */
export function StateActions({ initiative }: { initiative: InitiativeView }) {
  const { abilities } = initiative;
  if (!abilities.advance && !abilities.register && !abilities.abandon) return null;
  return (
    <Group>
      {abilities.advance && <Advance initiative={initiative} />}
      {abilities.register && <Register initiative={initiative} />}
      {abilities.abandon && <Abandon initiative={initiative} />}
    </Group>
  );
}

function Advance({ initiative }: { initiative: InitiativeView }) {
  const { t } = useTranslation('pesInitiatives');
  const advance = useInitiativeStep(initiative.id, 'advance');
  const to = initiative.state === 'forming' ? 'preparing' : 'registering';
  return (
    <ConfirmAction
      label={t(`actions.advanceTo.${to}`)}
      title={t(`actions.advanceTo.${to}`)}
      message={t(`actions.advanceMessage.${to}`)}
      color="blue"
      variant="filled"
      loading={advance.isPending}
      onConfirm={() => advance.mutateAsync({ version: initiative.version })}
    >
      <ErrorSummary error={advance.error} />
    </ConfirmAction>
  );
}

function Register({ initiative }: { initiative: InitiativeView }) {
  const { t } = useTranslation('pesInitiatives');
  const register = useInitiativeStep(initiative.id, 'register');
  const [krsNumber, setKrsNumber] = useState('');
  const [registeredOn, setRegisteredOn] = useState('');
  const krs = foundingRules[initiative.legalForm].krs;
  return (
    <ConfirmAction
      label={t('actions.register')}
      title={t('actions.registerTitle')}
      message={t('actions.registerMessage')}
      color="teal.9"
      variant="filled"
      loading={register.isPending}
      onConfirm={() => register.mutateAsync({ version: initiative.version, krsNumber, registeredOn })}
    >
      <ErrorSummary
        error={register.error}
        fieldIds={{ krsNumber: 'register-krs', registeredOn: 'register-date' }}
      />
      {krs && (
        <TextInput
          id="register-krs"
          label={t('actions.krsNumber')}
          description={t('actions.krsNumberHint')}
          value={krsNumber}
          onChange={(e) => setKrsNumber(e.currentTarget.value)}
          withAsterisk
          error={fieldError(register.error, 'krsNumber')}
        />
      )}
      <TextInput
        id="register-date"
        type="date"
        label={t('actions.registeredOn')}
        value={registeredOn}
        onChange={(e) => setRegisteredOn(e.currentTarget.value)}
        withAsterisk
        error={fieldError(register.error, 'registeredOn')}
      />
    </ConfirmAction>
  );
}

function Abandon({ initiative }: { initiative: InitiativeView }) {
  const { t } = useTranslation('pesInitiatives');
  const abandon = useInitiativeStep(initiative.id, 'abandon');
  const [reason, setReason] = useState('');
  return (
    <ConfirmAction
      label={t('actions.abandon')}
      title={t('actions.abandonTitle')}
      message={t('actions.abandonMessage')}
      loading={abandon.isPending}
      onConfirm={() => abandon.mutateAsync({ version: initiative.version, reason: reason.trim() })}
    >
      <ErrorSummary error={abandon.error} fieldIds={{ reason: 'abandon-reason' }} />
      <Textarea
        id="abandon-reason"
        label={t('actions.abandonReason')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        withAsterisk
        autosize
        minRows={2}
        error={fieldError(abandon.error, 'reason')}
      />
    </ConfirmAction>
  );
}
