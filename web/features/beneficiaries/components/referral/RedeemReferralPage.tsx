import { Alert, Button, Paper, Stack, Text, TextInput } from '@mantine/core';
import { Link, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, fieldError } from '../../../../components/ErrorSummary';
import { PageHeader } from '../../../../components/PageHeader';
import { useRedeemReferral } from '../../api/referrals';
import { ReferralQueue } from './ReferralQueue';

/** `?code=` from the card's QR code fills the field in; the user still confirms. */
export const parseRedeemSearch = (search: Record<string, unknown>): { code?: string } =>
  typeof search.code === 'string' && search.code.length <= 20 ? { code: search.code } : {};

/** The operator's user enters the code from the person's card; only then the case opens to it. */
export function RedeemReferralPage() {
  const { t } = useTranslation('referrals');
  const search = useSearch({ from: '/authed/referrals/redeem' });
  const redeem = useRedeemReferral();
  const [code, setCode] = useState(search.code ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    redeem.mutate(code);
  };
  return (
    <Stack maw={760}>
      <PageHeader title={t('redeem.title')} />
      <Text size="sm">{t('redeem.intro')}</Text>
      <Paper withBorder p="md">
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <ErrorSummary error={redeem.error} fieldIds={{ code: 'field-code' }} />
            <TextInput
              id="field-code"
              label={t('redeem.code')}
              withAsterisk
              autoComplete="off"
              spellCheck={false}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              error={fieldError(redeem.error, 'code')}
              styles={{ input: { fontFamily: 'monospace', textTransform: 'uppercase', letterSpacing: 2 } }}
            />
            <Button type="submit" loading={redeem.isPending} style={{ alignSelf: 'flex-start' }}>
              {t('redeem.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
      {redeem.data && (
        <Alert variant="outline" color="teal.9" title={t('redeem.success')} data-testid="redeemed">
          <Stack gap="xs">
            <Text size="sm">
              {redeem.data.person.firstName} {redeem.data.person.lastName} —{' '}
              {redeem.data.entryInstitution.name}
            </Text>
            <Button
              size="xs"
              style={{ alignSelf: 'flex-start' }}
              renderRoot={(props) => (
                <Link {...props} to="/referrals/$referralId" params={{ referralId: redeem.data.id }} />
              )}
            >
              {t('redeem.open')}
            </Button>
          </Stack>
        </Alert>
      )}
      <ReferralQueue queue="awaitingService" />
      <ReferralQueue queue="waitingForCode" />
    </Stack>
  );
}
