import { Alert, Button, Loader, Text } from '@mantine/core';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstitutionView } from '../../../../common/contracts/institutions';
import { PageHeader } from '../../../components/PageHeader';
import { ApiError } from '../../../lib/api';
import { useInstitution } from '../api/get-institution';
import { useUpdateInstitution } from '../api/update-institution';
import { formValuesOf } from './form-values';
import { InstitutionForm } from './InstitutionForm';

/** The card as the server last answered it: the current record a 409 carries. */
const currentOf = (error: unknown) =>
  error instanceof ApiError && error.status === 409
    ? (error.details as { current?: InstitutionView } | undefined)?.current
    : undefined;

export function InstitutionEditPage() {
  const { id } = useParams({ from: '/authed/institutions/$id/edit' });
  const { t } = useTranslation('institutions');
  const card = useInstitution(id);
  if (!card.data)
    return card.error ? (
      <ErrorText error={card.error} />
    ) : (
      <Loader aria-label={t('loading', { ns: 'common' })} />
    );
  return <EditForm card={card.data} />;
}

function ErrorText({ error }: { error: Error }) {
  return <Text role="alert">{error.message}</Text>;
}

/**
 * The edit form keeps the version it was opened at; when someone else saved first, the server's
 * 409 carries the current card, and "load the current data" restarts the form from it.
 */
function EditForm({ card }: { card: InstitutionView }) {
  const { t } = useTranslation('institutions');
  const navigate = useNavigate();
  const [base, setBase] = useState(card);
  const update = useUpdateInstitution(card.id);
  const current = currentOf(update.error);
  const toCard = () => navigate({ to: '/institutions/$id', params: { id: card.id } });

  return (
    <>
      <PageHeader title={t('form.editTitle', { name: base.name })} />
      <InstitutionForm
        key={base.version}
        initial={formValuesOf(base)}
        submitLabel={t('form.save')}
        pending={update.isPending}
        error={current ? undefined : update.error}
        onSubmit={(body) => update.mutate({ ...body, version: base.version }, { onSuccess: toCard })}
        onCancel={toCard}
        notice={
          current && (
            <Alert
              color="orange"
              variant="outline"
              title={t('form.conflictTitle')}
              role="alert"
              data-testid="conflict"
            >
              <Text size="sm" mb="sm">
                {t('form.conflictBody')}
              </Text>
              <Button
                size="xs"
                onClick={() => {
                  setBase(current);
                  update.reset();
                }}
              >
                {t('form.reload')}
              </Button>
            </Alert>
          )
        }
      />
    </>
  );
}
