import { Anchor, Button, Group, Loader, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssuedReferral, ReferralView } from '../../../../../common/contracts/referrals';
import { ConfirmAction } from '../../../../components/ConfirmAction';
import { ErrorSummary } from '../../../../components/ErrorSummary';
import { formatDate } from '../../../../lib/format';
import { downloadReferralCard, usePersonReferrals, useReferralStep } from '../../api/referrals';
import { IssuedCodeNotice } from '../IssuedCodeNotice';
import { ReferralIssueForm } from './ReferralIssueForm';
import { ReferralStateBadge } from './ReferralStateBadge';

/**
 * The person's referrals on their page. The entry institution issues and revokes them; the card
 * can be printed only while the page still holds the code just issued (the server keeps a hash).
 * An operator sees only its own referrals whose code it entered.
 */
export function ReferralsSection({ personId, manage }: { personId: string; manage: boolean }) {
  const { t } = useTranslation('referrals');
  const referrals = usePersonReferrals(personId);
  const [issuing, setIssuing] = useState(false);
  /** Codes issued on this page, by referral: the only place they exist in clear. */
  const [codes, setCodes] = useState<Record<string, string>>({});
  const [justIssued, setJustIssued] = useState<IssuedReferral | null>(null);

  const onIssued = (issued: IssuedReferral) => {
    setCodes((c) => ({ ...c, [issued.referral.id]: issued.code }));
    setJustIssued(issued);
    setIssuing(false);
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="referrals" data-testid="referrals">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h5" id="referrals">
            {t('title')}
          </Title>
          {manage && !issuing && (
            <Button size="xs" onClick={() => setIssuing(true)}>
              {t('issue.open')}
            </Button>
          )}
        </Group>
        <Text size="sm">{manage ? t('intro') : t('operatorIntro')}</Text>
        {justIssued && (
          <IssuedCodeNotice
            code={justIssued.code}
            testId="issued-code"
            t={t}
            onDownload={() => downloadReferralCard(justIssued.referral, justIssued.code)}
            onClose={() => setJustIssued(null)}
          />
        )}
        {issuing && (
          <ReferralIssueForm personId={personId} onIssued={onIssued} onCancel={() => setIssuing(false)} />
        )}
        {referrals.error && <Text role="alert">{referrals.error.message}</Text>}
        {!referrals.data && !referrals.error && <Loader aria-label={t('loading', { ns: 'common' })} />}
        {referrals.data?.length === 0 && <Text size="sm">{t('empty')}</Text>}
        {referrals.data && referrals.data.length > 0 && (
          <Table.ScrollContainer minWidth={640}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('columns.operator')}</Table.Th>
                  <Table.Th>{t('columns.services')}</Table.Th>
                  <Table.Th>{t('columns.useBy')}</Table.Th>
                  <Table.Th>{t('columns.state')}</Table.Th>
                  <Table.Th>{t('columns.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {referrals.data.map((r) => (
                  <ReferralRow key={r.id} referral={r} code={codes[r.id]} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}

function ReferralRow({ referral, code }: { referral: ReferralView; code: string | undefined }) {
  const { t } = useTranslation('referrals');
  const step = useReferralStep(referral);
  const [reason, setReason] = useState('');
  const printable = referral.state === 'issued' && !referral.redeemed;
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor
          size="sm"
          renderRoot={(props) => (
            <Link {...props} to="/referrals/$referralId" params={{ referralId: referral.id }} />
          )}
        >
          {referral.operatorInstitution.name}
        </Anchor>
      </Table.Td>
      <Table.Td>
        {referral.services.map((s) => t(`instruments.${s.instrument}`, { ns: 'partnershipPlan' })).join(', ')}
      </Table.Td>
      <Table.Td>{formatDate(referral.useBy)}</Table.Td>
      <Table.Td>
        <ReferralStateBadge referral={referral} />
      </Table.Td>
      <Table.Td>
        <Stack gap={4} align="flex-start">
          {printable &&
            (code ? (
              <Button size="xs" variant="default" onClick={() => downloadReferralCard(referral, code)}>
                {t('card.download')}
              </Button>
            ) : (
              <Text size="xs">{t('card.unavailable')}</Text>
            ))}
          {referral.abilities.revoke && (
            <ConfirmAction
              size="xs"
              label={t('revoke.action')}
              title={t('revoke.title')}
              message={t('revoke.message')}
              confirmLabel={t('revoke.action')}
              loading={step.isPending}
              confirmDisabled={reason.trim() === ''}
              onConfirm={() =>
                step
                  .mutateAsync({ step: 'revoke', body: { version: referral.version, reason } })
                  .catch(() => undefined)
              }
            >
              <ErrorSummary error={step.error} fieldIds={{ reason: `revoke-reason-${referral.id}` }} />
              <Textarea
                id={`revoke-reason-${referral.id}`}
                label={t('revoke.reason')}
                withAsterisk
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
              />
            </ConfirmAction>
          )}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
