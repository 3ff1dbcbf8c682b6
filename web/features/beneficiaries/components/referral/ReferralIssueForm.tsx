import {
  Alert,
  Button,
  Checkbox,
  Group,
  Loader,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssuedReferral } from '../../../../../common/contracts/referrals';
import { ErrorSummary, fieldError } from '../../../../components/ErrorSummary';
import { useIssueReferral, useReferralOptions } from '../../api/referrals';

const inDays = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return d.toLocaleDateString('sv-SE', { timeZone: 'Europe/Warsaw' });
};

/** The entry institution refers the person to an operator of the service, for services of its scope. */
export function ReferralIssueForm({
  personId,
  onIssued,
  onCancel,
}: {
  personId: string;
  onIssued: (issued: IssuedReferral) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('referrals');
  const options = useReferralOptions(personId, true);
  const issue = useIssueReferral(personId);
  const [operator, setOperator] = useState<string | null>(null);
  const [services, setServices] = useState<string[]>([]);
  const [brief, setBrief] = useState('');
  const [useBy, setUseBy] = useState(inDays(14));

  if (options.error) return <Text role="alert">{options.error.message}</Text>;
  if (!options.data) return <Loader aria-label={t('loading', { ns: 'common' })} />;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      onIssued(
        await issue.mutateAsync({
          operatorInstitutionId: operator ?? '',
          scopeItemIds: services,
          brief,
          useBy,
        }),
      );
    } catch {
      // The error summary shows what went wrong.
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="referral-issue-title">
      <Stack gap="sm">
        <Text fw={700} id="referral-issue-title">
          {t('issue.title')}
        </Text>
        <ErrorSummary error={issue.error} fieldIds={{ scopeItemIds: 'field-referral-services' }} />
        <Select
          id="field-operatorInstitutionId"
          label={t('issue.operator')}
          withAsterisk
          data={options.data.operators.map((o) => ({ value: o.id, label: o.name }))}
          value={operator}
          onChange={setOperator}
          error={fieldError(issue.error, 'operatorInstitutionId')}
        />
        {options.data.services.length === 0 ? (
          <Alert variant="outline">{t('issue.noServices')}</Alert>
        ) : (
          <Checkbox.Group
            id="field-referral-services"
            label={t('issue.services')}
            withAsterisk
            value={services}
            onChange={setServices}
            error={fieldError(issue.error, 'scopeItemIds')}
          >
            <Stack gap={4} mt={4}>
              {options.data.services.map((s) => (
                <Checkbox
                  key={s.id}
                  value={s.id}
                  label={[t(`instruments.${s.instrument}`, { ns: 'partnershipPlan' }), s.description]
                    .filter(Boolean)
                    .join(': ')}
                />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <Textarea
          id="field-brief"
          label={t('issue.brief')}
          description={t('issue.briefHint')}
          withAsterisk
          autosize
          minRows={3}
          value={brief}
          onChange={(e) => setBrief(e.currentTarget.value)}
          error={fieldError(issue.error, 'brief')}
        />
        <TextInput
          id="field-useBy"
          type="date"
          label={t('issue.useBy')}
          withAsterisk
          value={useBy}
          onChange={(e) => setUseBy(e.currentTarget.value)}
          error={fieldError(issue.error, 'useBy')}
          style={{ maxWidth: 220 }}
        />
        <Group gap="xs">
          <Button type="submit" loading={issue.isPending}>
            {t('issue.submit')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('issue.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
