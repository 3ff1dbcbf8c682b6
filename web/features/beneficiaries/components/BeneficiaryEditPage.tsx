import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { Link, notFound, useNavigate, useParams } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonView } from '../../../../common/contracts/beneficiaries';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { PageHeader } from '../../../components/PageHeader';
import { ApiError } from '../../../lib/api';
import { usePerson, useUpdatePerson } from '../api/beneficiaries';
import { PersonFields, personBodyOf, personValuesOf } from './PersonFields';

/** The record as the server has it now, sent with a 409 when the version read was stale. */
const conflictCurrent = (error: unknown) =>
  error instanceof ApiError && error.code === 'versionConflict'
    ? (error.details as { current?: PersonView } | undefined)?.current
    : undefined;

/** The entry institution corrects a person's record, at the version it read. */
export function BeneficiaryEditPage() {
  const { t } = useTranslation('beneficiaries');
  const { id } = useParams({ from: '/authed/beneficiaries/$id/edit' });
  const person = usePerson(id);
  if (person.error instanceof ApiError && person.error.status === 404) throw notFound();
  if (person.error) return <Text role="alert">{person.error.message}</Text>;
  if (!person.data) return <Loader aria-label={t('loading', { ns: 'common' })} />;
  if (!person.data.abilities.update) throw notFound();
  return <EditForm key={person.data.version} view={person.data} />;
}

function EditForm({ view }: { view: PersonView }) {
  const { t } = useTranslation('beneficiaries');
  const update = useUpdatePerson(view.id);
  const navigate = useNavigate();
  const [base, setBase] = useState(view);
  const [values, setValues] = useState(() => personValuesOf(view));
  const current = conflictCurrent(update.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      { ...personBodyOf(values), version: base.version },
      { onSuccess: () => navigate({ to: '/beneficiaries/$id', params: { id: view.id } }) },
    );
  };
  return (
    <Stack>
      <PageHeader
        title={t('edit.title', {
          name: `${view.identification?.firstName} ${view.identification?.lastName}`,
        })}
      />
      <form onSubmit={submit} noValidate aria-label={t('edit.formLabel')}>
        <Stack>
          {current ? (
            <Alert
              color="orange"
              variant="outline"
              title={t('edit.conflictTitle')}
              role="alert"
              data-testid="conflict"
            >
              <Text size="sm" mb="sm">
                {t('edit.conflict')}
              </Text>
              <Button
                size="xs"
                onClick={() => {
                  setBase(current);
                  setValues(personValuesOf(current));
                  update.reset();
                }}
              >
                {t('edit.reload')}
              </Button>
            </Alert>
          ) : (
            <ErrorSummary error={update.error} />
          )}
          <PersonFields values={values} onChange={setValues} error={update.error} />
          <Group>
            <Button type="submit" loading={update.isPending}>
              {t('edit.save')}
            </Button>
            <Button
              variant="default"
              renderRoot={(props) => <Link {...props} to="/beneficiaries/$id" params={{ id: view.id }} />}
            >
              {t('edit.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
