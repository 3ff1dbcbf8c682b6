import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { useCreateQualification } from '../api/create-qualification';
import { QualificationForm } from './QualificationForm';

/** Adding a qualification to the catalogue (the platform administrator; the API refuses anyone else). */
export function QualificationCreatePage() {
  const { t } = useTranslation('socialServices');
  const navigate = useNavigate();
  const create = useCreateQualification();
  const toList = () => navigate({ to: '/catalogue/qualifications' });
  return (
    <>
      <PageHeader title={t('qualifications.createTitle')} />
      <QualificationForm
        initial={{ name: '', description: '' }}
        submitLabel={t('form.create')}
        pending={create.isPending}
        error={create.error}
        onSubmit={(values) => create.mutate(values, { onSuccess: toList })}
        onCancel={toList}
      />
    </>
  );
}
