import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { useCreateArea } from '../api/create-area';
import { AreaForm, emptyAreaForm } from './AreaForm';

/** Extending the catalogue with an area (the platform administrator; the API refuses anyone else). */
export function AreaCreatePage() {
  const { t } = useTranslation('socialServices');
  const navigate = useNavigate();
  const create = useCreateArea();
  const toCatalogue = () => navigate({ to: '/catalogue' });
  return (
    <>
      <PageHeader title={t('areaForm.createTitle')} />
      <AreaForm
        initial={emptyAreaForm}
        withCode
        submitLabel={t('areaForm.create')}
        pending={create.isPending}
        error={create.error}
        onSubmit={(body) => create.mutate(body, { onSuccess: toCatalogue })}
        onCancel={toCatalogue}
      />
    </>
  );
}
