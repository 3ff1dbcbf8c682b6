import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { CreateServiceTypeInput } from '../../../../common/contracts/social-services';
import { PageHeader } from '../../../components/PageHeader';
import { useCreateServiceType } from '../api/create-service-type';
import { emptyServiceTypeForm } from './form-values';
import { ServiceTypeForm } from './ServiceTypeForm';

/** Adding a service type to the catalogue (the platform administrator; the API refuses anyone else). */
export function ServiceTypeCreatePage() {
  const { t } = useTranslation('socialServices');
  const navigate = useNavigate();
  const create = useCreateServiceType();
  return (
    <>
      <PageHeader title={t('form.createTitle')} />
      <ServiceTypeForm
        initial={emptyServiceTypeForm}
        submitLabel={t('form.create')}
        pending={create.isPending}
        error={create.error}
        // An area left unchosen is sent without one, so the API names the field as required.
        onSubmit={(body) =>
          create.mutate(body as CreateServiceTypeInput, {
            onSuccess: (card) => navigate({ to: '/catalogue/types/$id', params: { id: card.id } }),
          })
        }
        onCancel={() => navigate({ to: '/catalogue' })}
      />
    </>
  );
}
