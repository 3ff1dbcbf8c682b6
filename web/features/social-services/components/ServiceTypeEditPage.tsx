import { Alert, Button, Loader, Text } from '@mantine/core';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceTypeView } from '../../../../common/contracts/social-services';
import { PageHeader } from '../../../components/PageHeader';
import { ApiError } from '../../../lib/api';
import { useServiceType } from '../api/get-service-type';
import { useUpdateServiceType } from '../api/update-service-type';
import { formValuesOf } from './form-values';
import { ServiceTypeForm } from './ServiceTypeForm';

/** The card as the server last answered it: the current record a 409 carries. */
const currentOf = (error: unknown) =>
  error instanceof ApiError && error.status === 409
    ? (error.details as { current?: ServiceTypeView } | undefined)?.current
    : undefined;

export function ServiceTypeEditPage() {
  const { id } = useParams({ from: '/authed/catalogue/types/$id/edit' });
  const { t } = useTranslation('socialServices');
  const card = useServiceType(id);
  if (!card.data)
    return card.error ? (
      <Text role="alert">{card.error.message}</Text>
    ) : (
      <Loader aria-label={t('loading', { ns: 'common' })} />
    );
  return <EditForm card={card.data} />;
}

/**
 * The form keeps the version it was opened at; when someone else saved first, the server's 409
 * carries the current card, and "load the current data" restarts the form from it.
 */
function EditForm({ card }: { card: ServiceTypeView }) {
  const { t } = useTranslation('socialServices');
  const navigate = useNavigate();
  const [base, setBase] = useState(card);
  const update = useUpdateServiceType(card.id);
  const current = currentOf(update.error);
  const toCard = () => navigate({ to: '/catalogue/types/$id', params: { id: card.id } });

  return (
    <>
      <PageHeader title={t('form.editTitle', { name: base.name })} />
      <ServiceTypeForm
        key={base.version}
        initial={formValuesOf(base)}
        submitLabel={t('form.save')}
        pending={update.isPending}
        error={current ? undefined : update.error}
        retiredQualifications={base.qualifications
          .filter((q) => q.status === 'retired')
          .map((q) => ({ value: q.id, label: `${q.name} (${t('statuses.retired')})` }))}
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
