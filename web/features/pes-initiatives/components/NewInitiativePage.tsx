import { Stack } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { InitiativeLegalForm } from '../../../../common/contracts/pes-initiatives';
import { PageHeader } from '../../../components/PageHeader';
import { useCreateInitiative } from '../api/initiatives';
import { formValuesOf, InitiativeForm } from './InitiativeForm';

/** Starting an initiative group: founders, path and support are added on its page afterwards. */
export function NewInitiativePage() {
  const { t } = useTranslation('pesInitiatives');
  const navigate = useNavigate();
  const create = useCreateInitiative();
  return (
    <Stack>
      <PageHeader title={t('create.title')} />
      <InitiativeForm
        initial={formValuesOf()}
        error={create.error}
        pending={create.isPending}
        submitLabel={t('create.submit')}
        onCancel={() => navigate({ to: '/pes-initiatives' })}
        onSubmit={async (values) => {
          const created = await create
            .mutateAsync({
              ...values,
              legalForm: values.legalForm as InitiativeLegalForm,
              pupInstitutionId: values.pupInstitutionId,
            })
            .catch(() => undefined);
          if (created) navigate({ to: '/pes-initiatives/$id', params: { id: created.id } });
        }}
      />
    </Stack>
  );
}
