import { Stack } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { PilotView } from '../../../../common/contracts/pilots';
import { PageHeader } from '../../../components/PageHeader';
import { usePilotChange } from '../api/pilots';
import { PilotForm, pilotBody, pilotValuesOf } from './PilotForm';

/** Starting a pilot: candidates, experts and the testing record are added on its page afterwards. */
export function NewPilotPage() {
  const { t } = useTranslation('pilots');
  const navigate = useNavigate();
  const create = usePilotChange<object>('POST', () => '/api/pilots');
  return (
    <Stack>
      <PageHeader title={t('create.title')} />
      <PilotForm
        initial={pilotValuesOf()}
        error={create.error}
        pending={create.isPending}
        submitLabel={t('create.submit')}
        onCancel={() => navigate({ to: '/pilots' })}
        onSubmit={async (values) => {
          const created: PilotView | undefined = await create
            .mutateAsync(pilotBody(values, false))
            .catch(() => undefined);
          if (created) navigate({ to: '/pilots/$id', params: { id: created.id } });
        }}
      />
    </Stack>
  );
}
