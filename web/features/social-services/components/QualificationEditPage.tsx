import { Alert, Button, Loader, Text } from '@mantine/core';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QualificationView } from '../../../../common/contracts/social-services';
import { PageHeader } from '../../../components/PageHeader';
import { ApiError } from '../../../lib/api';
import { useQualification } from '../api/get-qualification';
import { useUpdateQualification } from '../api/update-qualification';
import { QualificationForm } from './QualificationForm';

const currentOf = (error: unknown) =>
  error instanceof ApiError && error.status === 409
    ? (error.details as { current?: QualificationView } | undefined)?.current
    : undefined;

export function QualificationEditPage() {
  const { id } = useParams({ from: '/authed/catalogue/qualifications/$id/edit' });
  const { t } = useTranslation('socialServices');
  const qualification = useQualification(id);
  if (!qualification.data)
    return qualification.error ? (
      <Text role="alert">{qualification.error.message}</Text>
    ) : (
      <Loader aria-label={t('loading', { ns: 'common' })} />
    );
  return <EditForm qualification={qualification.data} />;
}

/** Edits at the version read; a 409 offers to restart from the current record. */
function EditForm({ qualification }: { qualification: QualificationView }) {
  const { t } = useTranslation('socialServices');
  const navigate = useNavigate();
  const [base, setBase] = useState(qualification);
  const update = useUpdateQualification(qualification.id);
  const current = currentOf(update.error);
  const toList = () => navigate({ to: '/catalogue/qualifications' });
  return (
    <>
      <PageHeader title={t('qualifications.editTitle', { name: base.name })} />
      <QualificationForm
        key={base.version}
        initial={{ name: base.name, description: base.description ?? '' }}
        submitLabel={t('form.save')}
        pending={update.isPending}
        error={current ? undefined : update.error}
        onSubmit={(values) => update.mutate({ ...values, version: base.version }, { onSuccess: toList })}
        onCancel={toList}
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
