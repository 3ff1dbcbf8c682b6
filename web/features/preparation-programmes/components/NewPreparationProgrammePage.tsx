import { Loader, Stack, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { useCreateProgramme, useProgrammes } from '../api/programmes';
import { ProgrammeForm } from './ProgrammeForm';

/** A CIS or KIS starts a programme; it opens as planned. */
export function NewPreparationProgrammePage() {
  const { t } = useTranslation('preparationProgrammes');
  const navigate = useNavigate();
  const list = useProgrammes({});
  const create = useCreateProgramme();
  if (!list.data) return <Loader aria-label={t('loading', { ns: 'common' })} />;
  const runFor = list.data.runFor;
  return (
    <Stack maw={820}>
      <PageHeader title={t('form.title')} />
      {runFor.length === 0 && <Text role="alert">{t('form.noInstitution')}</Text>}
      <ProgrammeForm
        runFor={runFor}
        submitLabel={t('form.submit')}
        pending={create.isPending}
        error={create.error}
        onCancel={() => navigate({ to: '/preparation-programmes' })}
        onSubmit={async (values) => {
          const created = await create.mutateAsync({ ...values, institutionId: values.institutionId ?? '' });
          await navigate({ to: '/preparation-programmes/$id', params: { id: created.id } });
        }}
      />
    </Stack>
  );
}
