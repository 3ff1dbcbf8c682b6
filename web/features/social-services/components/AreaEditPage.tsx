import { Loader, Text } from '@mantine/core';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceAreaView } from '../../../../common/contracts/social-services';
import { PageHeader } from '../../../components/PageHeader';
import { useServiceArea } from '../api/get-area';
import { useUpdateArea } from '../api/update-area';
import { AreaForm } from './AreaForm';
import { ConflictNotice, currentOf } from './ConflictNotice';

export function AreaEditPage() {
  const { id } = useParams({ from: '/authed/catalogue/areas/$id/edit' });
  const { t } = useTranslation('socialServices');
  const area = useServiceArea(id);
  if (!area.data)
    return area.error ? (
      <Text role="alert">{area.error.message}</Text>
    ) : (
      <Loader aria-label={t('loading', { ns: 'common' })} />
    );
  return <EditForm area={area.data} />;
}

/** Edits at the version read; a 409 offers to restart from the area as it is now. */
function EditForm({ area }: { area: ServiceAreaView }) {
  const { t } = useTranslation('socialServices');
  const navigate = useNavigate();
  const [base, setBase] = useState(area);
  const update = useUpdateArea(area.id);
  const current = currentOf<ServiceAreaView>(update.error);
  const toCatalogue = () => navigate({ to: '/catalogue' });
  return (
    <>
      <PageHeader title={t('areaForm.editTitle', { name: base.name })} />
      <AreaForm
        key={base.version}
        initial={{
          code: base.code,
          name: base.name,
          description: base.description,
          legalBasis: base.legalBasis.join('\n'),
        }}
        withCode={false}
        submitLabel={t('form.save')}
        pending={update.isPending}
        error={current ? undefined : update.error}
        onSubmit={(body) => update.mutate({ ...body, version: base.version }, { onSuccess: toCatalogue })}
        onCancel={toCatalogue}
        notice={
          current && (
            <ConflictNotice
              title={t('areaForm.conflictTitle')}
              onReload={() => {
                setBase(current);
                update.reset();
              }}
            />
          )
        }
      />
    </>
  );
}
