import { Button, Group, Modal, NumberInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffingNeedListResponse } from '../../../../common/contracts/staffing-needs';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { TerritoryPicker } from '../../../components/TerritoryPicker';
import { useDeclareNeed, useQualificationOptions } from '../api/needs';

const empty = {
  position: '',
  qualificationId: null as string | null,
  headcount: 1 as number | string,
  neededFrom: '',
  territoryCode: null as string | null,
  note: '',
};

/** The form a provider declares a need with: position, qualification, how many, from when, where. */
export function DeclareNeed({ declareFor }: { declareFor: StaffingNeedListResponse['declareFor'] }) {
  const { t } = useTranslation('staffingNeeds');
  const [opened, { open, close }] = useDisclosure(false);
  const [institutionId, setInstitutionId] = useState<string | null>(declareFor[0]?.id ?? null);
  const [form, setForm] = useState(empty);
  const [done, setDone] = useState(false);
  const qualifications = useQualificationOptions();
  const declare = useDeclareNeed();
  if (declareFor.length === 0) return null;
  const set = (patch: Partial<typeof empty>) => setForm((f) => ({ ...f, ...patch }));
  const error = declare.error;
  return (
    <>
      <Group>
        <Button
          onClick={() => {
            setDone(false);
            open();
          }}
        >
          {t('declare.open')}
        </Button>
        {done && (
          <Text role="status" size="sm">
            {t('declare.done')}
          </Text>
        )}
      </Group>
      <Modal
        opened={opened}
        onClose={close}
        title={t('declare.title')}
        centered
        size="lg"
        closeButtonProps={{ 'aria-label': t('close', { ns: 'common' }) }}
      >
        <form
          noValidate
          onSubmit={async (event) => {
            event.preventDefault();
            const created = await declare
              .mutateAsync({
                institutionId: institutionId ?? '',
                position: form.position,
                qualificationId: form.qualificationId ?? '',
                headcount: typeof form.headcount === 'number' ? form.headcount : Number.NaN,
                neededFrom: form.neededFrom,
                territoryCode: form.territoryCode ?? '',
                note: form.note,
              })
              .catch(() => undefined);
            if (created) {
              setForm(empty);
              setDone(true);
              close();
            }
          }}
        >
          <Stack>
            <ErrorSummary error={error} />
            <Select
              id="field-institutionId"
              label={t('declare.institution')}
              data={declareFor.map((i) => ({ value: i.id, label: i.name }))}
              value={institutionId}
              onChange={setInstitutionId}
              allowDeselect={false}
              withAsterisk
              error={fieldError(error, 'institutionId')}
            />
            <TextInput
              id="field-position"
              label={t('declare.position')}
              description={t('declare.positionHint')}
              value={form.position}
              onChange={(e) => set({ position: e.currentTarget.value })}
              withAsterisk
              error={fieldError(error, 'position')}
            />
            <Select
              id="field-qualificationId"
              label={t('declare.qualification')}
              data={qualifications.data ?? []}
              value={form.qualificationId}
              onChange={(v) => set({ qualificationId: v })}
              searchable
              withAsterisk
              error={fieldError(error, 'qualificationId')}
            />
            <Group align="flex-start" grow>
              <NumberInput
                id="field-headcount"
                label={t('declare.headcount')}
                min={1}
                allowDecimal={false}
                value={form.headcount}
                onChange={(v) => set({ headcount: v })}
                withAsterisk
                error={fieldError(error, 'headcount')}
              />
              <TextInput
                id="field-neededFrom"
                type="date"
                label={t('declare.neededFrom')}
                value={form.neededFrom}
                onChange={(e) => set({ neededFrom: e.currentTarget.value })}
                withAsterisk
                error={fieldError(error, 'neededFrom')}
              />
            </Group>
            <TerritoryPicker
              id="field-territoryCode"
              label={t('declare.territory')}
              levels={['gmina']}
              value={form.territoryCode}
              onChange={(code) => set({ territoryCode: code })}
              required
              error={fieldError(error, 'territoryCode')}
            />
            <Textarea
              id="field-note"
              label={t('declare.note')}
              value={form.note}
              onChange={(e) => set({ note: e.currentTarget.value })}
              autosize
              minRows={2}
              error={fieldError(error, 'note')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('declare.cancel')}
              </Button>
              <Button type="submit" loading={declare.isPending}>
                {t('declare.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
