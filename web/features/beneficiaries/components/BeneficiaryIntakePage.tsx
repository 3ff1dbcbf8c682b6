import { Alert, Button, Loader, Select, Stack, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicateDetails } from '../../../../common/contracts/beneficiaries';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { PageHeader } from '../../../components/PageHeader';
import { ApiError } from '../../../lib/api';
import { useIntakeOptions, useRegisterPerson } from '../api/beneficiaries';
import { emptyPerson, PersonFields, personBodyOf } from './PersonFields';

/** The duplicate a 409 named, when the intake matched a person already in the service. */
const duplicateOf = (error: unknown) =>
  error instanceof ApiError && error.status === 409 && error.code.startsWith('beneficiary.duplicate')
    ? (error.details as DuplicateDetails)
    : undefined;

/**
 * Intake at the entry institution: the person's identity (PESEL cross-checked, or the reason it is
 * missing), contact, address and target groups. A duplicate is offered instead of a copy; a user
 * whose institution is no entry institution is told where to direct the person.
 */
export function BeneficiaryIntakePage() {
  const { t } = useTranslation('beneficiaries');
  const options = useIntakeOptions();
  const register = useRegisterPerson();
  const navigate = useNavigate();
  const [values, setValues] = useState(emptyPerson);
  const [chosenService, setChosenService] = useState('');
  const services = options.data?.services ?? [];
  const partnershipId = chosenService || services[0]?.partnership.id || '';
  const duplicate = duplicateOf(register.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    register.mutate(
      { ...personBodyOf(values), partnershipId },
      { onSuccess: (person) => navigate({ to: '/beneficiaries/$id', params: { id: person.id } }) },
    );
  };
  if (options.isPending) return <Loader aria-label={t('loading', { ns: 'common' })} />;
  if (services.length === 0)
    return (
      <Stack>
        <PageHeader title={t('intake.title')} />
        <Alert color="orange" variant="outline" title={t('intake.notEntryTitle')} data-testid="not-entry">
          <Text size="sm">{t('intake.notEntry')}</Text>
          {!options.data?.memberButNotEntry && (
            <Text size="sm" mt="xs">
              {t('intake.noServices')}
            </Text>
          )}
        </Alert>
      </Stack>
    );

  return (
    <Stack>
      <PageHeader title={t('intake.title')} />
      <Text size="sm">{t('intake.intro')}</Text>
      <form onSubmit={submit} noValidate aria-label={t('intake.title')}>
        <Stack>
          {duplicate ? (
            <Alert
              color="orange"
              variant="outline"
              title={t('intake.duplicateTitle')}
              role="alert"
              data-testid="duplicate"
            >
              <Text size="sm" mb="sm">
                {(register.error as ApiError).message}
              </Text>
              {duplicate.existingId ? (
                <Button
                  size="sm"
                  onClick={() =>
                    duplicate.existingId &&
                    navigate({ to: '/beneficiaries/$id', params: { id: duplicate.existingId } })
                  }
                >
                  {t('intake.duplicateOpen')}
                </Button>
              ) : (
                <Text size="sm">{t('intake.duplicateHidden')}</Text>
              )}
            </Alert>
          ) : (
            <ErrorSummary error={register.error} fieldIds={{ territoryCode: 'field-territoryCode' }} />
          )}
          <Select
            id="field-partnershipId"
            label={t('intake.service')}
            withAsterisk
            allowDeselect={false}
            data={services.map((s) => ({
              value: s.partnership.id,
              label: t('intake.serviceOption', {
                partnership: s.partnership.name,
                institution: s.institution.name,
              }),
            }))}
            value={partnershipId}
            onChange={(v) => setChosenService(v ?? '')}
            error={fieldError(register.error, 'partnershipId')}
          />
          <PersonFields values={values} onChange={setValues} error={register.error} />
          <Button type="submit" loading={register.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('intake.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
