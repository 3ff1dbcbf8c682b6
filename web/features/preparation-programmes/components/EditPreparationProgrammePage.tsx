import { Loader, Stack, Text } from '@mantine/core';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { useProgramme, useUpdateProgramme } from '../api/programmes';
import { ProgrammeForm } from './ProgrammeForm';

/** Changes a planned or running programme at the version read; a module with hours recorded stays. */
export function EditPreparationProgrammePage() {
  const { t } = useTranslation('preparationProgrammes');
  const { id } = useParams({ from: '/authed/preparation-programmes/$id/edit' });
  const navigate = useNavigate();
  const programme = useProgramme(id);
  const update = useUpdateProgramme(id);
  if (programme.error) return <Text role="alert">{programme.error.message}</Text>;
  if (!programme.data) return <Loader aria-label={t('loading', { ns: 'common' })} />;
  const back = () => navigate({ to: '/preparation-programmes/$id', params: { id } });
  return (
    <Stack maw={820}>
      <PageHeader title={t('form.editTitle', { title: programme.data.title })} />
      <ProgrammeForm
        initial={programme.data}
        submitLabel={t('form.save')}
        pending={update.isPending}
        error={update.error}
        onCancel={back}
        onSubmit={async ({ institutionId: _, ...values }) => {
          await update.mutateAsync({ ...values, version: programme.data.version });
          await back();
        }}
      />
    </Stack>
  );
}
