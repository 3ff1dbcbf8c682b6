import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { useCreateInstitution } from '../api/create-institution';
import { emptyInstitutionForm } from './form-values';
import { InstitutionForm } from './InstitutionForm';

/** Adding an institution to the registry (platform administrators; the API refuses anyone else). */
export function InstitutionCreatePage() {
  const { t } = useTranslation('institutions');
  const navigate = useNavigate();
  const create = useCreateInstitution();
  return (
    <>
      <PageHeader title={t('form.createTitle')} />
      <InstitutionForm
        initial={emptyInstitutionForm}
        submitLabel={t('form.create')}
        pending={create.isPending}
        error={create.error}
        onSubmit={(body) =>
          create.mutate(body, {
            onSuccess: (card) => navigate({ to: '/institutions/$id', params: { id: card.id } }),
          })
        }
        onCancel={() => navigate({ to: '/institutions' })}
      />
    </>
  );
}
