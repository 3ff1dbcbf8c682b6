import { Alert, Anchor, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementView } from '../../../../../common/contracts/partnership-agreements';
import type { PartnershipView } from '../../../../../common/contracts/partnerships';
import { formatDate } from '../../../../lib/format';
import { agreementPdfUrl, useAgreement } from '../../api/list-agreements';
import { AgreementCheck } from './AgreementCheck';
import { AgreementDraftForm } from './AgreementDraftForm';
import { AgreementSignatures } from './AgreementSignatures';
import { AgreementStateBadge } from './AgreementStateBadge';
import { AgreementText } from './AgreementText';
import { AgreementVersions } from './AgreementVersions';
import { TerminateAgreement } from './TerminateAgreement';
import { VoidedSignatures } from './VoidedSignatures';
import { WithdrawFromSignature } from './WithdrawFromSignature';

type Mode = 'view' | 'edit' | 'check' | 'sent';

/** One agreement: its text, and by its state the draft editor, the check before signature, the signatures. */
export function AgreementDetail({ view, agreementId }: { view: PartnershipView; agreementId: string }) {
  const { t } = useTranslation('partnerships');
  const agreement = useAgreement(view.id, agreementId);
  const [mode, setMode] = useState<Mode>('view');
  if (!agreement.data)
    return agreement.error ? <Text role="alert">{agreement.error.message}</Text> : <Loader size="sm" />;
  const a = agreement.data;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="agreement-title">
      <Stack>
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Title order={2} size="h4" id="agreement-title">
              {a.title}
            </Title>
            <Group gap="xs">
              <AgreementStateBadge state={a.state} />
              <Text size="sm">
                {t(`agreements.kinds.${a.kind}`)} · {t('agreements.version', { n: a.currentVersion })}
              </Text>
            </Group>
          </Stack>
          <Anchor href={agreementPdfUrl(view.id, a.id, a.currentVersion)} download>
            {t('agreements.pdf', { n: a.currentVersion })}
          </Anchor>
        </Group>
        <StateNotes a={a} />
        {mode === 'sent' && (
          <Alert color="green" variant="outline" title={t('agreements.sent.title')} role="status">
            {t('agreements.sent.next')}
          </Alert>
        )}
        {mode === 'edit' && <AgreementDraftForm view={view} agreement={a} onDone={() => setMode('view')} />}
        {mode === 'check' && (
          <AgreementCheck
            view={view}
            agreement={a}
            onEdit={() => setMode('edit')}
            onBack={() => setMode('view')}
            onSent={() => setMode('sent')}
          />
        )}
        {(mode === 'view' || mode === 'sent') && (
          <>
            {a.abilities.edit && (
              <Group>
                <Button onClick={() => setMode('edit')}>{t('agreements.edit')}</Button>
                {a.abilities.sendToSignature && (
                  <Button variant="default" onClick={() => setMode('check')}>
                    {t('agreements.check.open')}
                  </Button>
                )}
              </Group>
            )}
            <AgreementText agreement={a} />
          </>
        )}
        {a.state !== 'draft' && <AgreementSignatures view={view} agreement={a} />}
        <VoidedSignatures signatures={a.voidedSignatures} />
        <AgreementVersions view={view} agreement={a} />
        {(a.abilities.withdrawFromSignature || a.abilities.terminate) && (
          <Group>
            {a.abilities.withdrawFromSignature && <WithdrawFromSignature view={view} agreement={a} />}
            {a.abilities.terminate && <TerminateAgreement view={view} agreement={a} />}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function StateNotes({ a }: { a: AgreementView }) {
  const { t } = useTranslation('partnerships');
  if (a.state === 'terminated' && a.terminatedOn)
    return (
      <Text size="sm">
        {t('agreements.terminatedOn', {
          date: formatDate(a.terminatedOn),
          reason: a.terminationReason ?? '',
        })}
      </Text>
    );
  if (a.inForceSince)
    return <Text size="sm">{t('agreements.inForceSince', { date: formatDate(a.inForceSince) })}</Text>;
  return null;
}
