import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentListResponse } from '../../../../common/contracts/provider-readiness';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { useStartAssessment } from '../api/assessment-steps';
import { useServiceTypeOptions } from '../api/list-service-type-options';

/** Picks the provider and the service type; the server makes the checklist from the card. */
export function StartAssessment({ startFor }: { startFor: AssessmentListResponse['startFor'] }) {
  const { t } = useTranslation('providerReadiness');
  const [opened, { open, close }] = useDisclosure(false);
  const [institutionId, setInstitutionId] = useState<string | null>(startFor[0]?.id ?? null);
  const [serviceTypeId, setServiceTypeId] = useState<string | null>(null);
  const types = useServiceTypeOptions();
  const start = useStartAssessment();
  const navigate = useNavigate();
  if (startFor.length === 0) return null;
  return (
    <>
      <Button onClick={open}>{t('list.start')}</Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('start.title')}
        centered
        size="lg"
        closeButtonProps={{ 'aria-label': t('close', { ns: 'common' }) }}
      >
        <form
          noValidate
          onSubmit={async (event) => {
            event.preventDefault();
            const created = await start
              .mutateAsync({ institutionId: institutionId ?? '', serviceTypeId: serviceTypeId ?? '' })
              .catch(() => undefined);
            if (created) navigate({ to: '/readiness/$id', params: { id: created.id } });
          }}
        >
          <Stack>
            <ErrorSummary error={start.error} />
            <Select
              id="field-institutionId"
              label={t('start.institution')}
              data={startFor.map((i) => ({ value: i.id, label: i.name }))}
              value={institutionId}
              onChange={setInstitutionId}
              error={fieldError(start.error, 'institutionId')}
              withAsterisk
              allowDeselect={false}
            />
            <Select
              id="field-serviceTypeId"
              label={t('start.serviceType')}
              description={t('start.serviceTypeHint')}
              data={types.data ?? []}
              value={serviceTypeId}
              onChange={setServiceTypeId}
              error={fieldError(start.error, 'serviceTypeId')}
              searchable
              withAsterisk
            />
            {types.error && <Text role="alert">{types.error.message}</Text>}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('start.cancel')}
              </Button>
              <Button type="submit" loading={start.isPending}>
                {t('start.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
