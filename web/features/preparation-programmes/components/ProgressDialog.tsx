import { Button, Checkbox, Group, Modal, NumberInput, Stack, Table } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantView, ProgrammeView } from '../../../../common/contracts/preparation-programmes';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { useUpdateParticipant } from '../api/programmes';

/** Hours attended and completion per module, recorded for one participant. */
export function ProgressDialog({
  programme,
  participant,
}: {
  programme: ProgrammeView;
  participant: ParticipantView;
}) {
  const { t } = useTranslation('preparationProgrammes');
  const [opened, { open, close }] = useDisclosure(false);
  const update = useUpdateParticipant(programme.id, participant.id);
  const initial = () =>
    programme.modules.map((m) => {
      const e = participant.progress.find((x) => x.moduleId === m.id);
      return {
        moduleId: m.id,
        hoursAttended: (e?.hoursAttended ?? 0) as number | string,
        completed: e?.completed ?? false,
      };
    });
  const [rows, setRows] = useState(initial);
  const set = (n: number, patch: Partial<(typeof rows)[number]>) =>
    setRows((all) => all.map((r, i) => (i === n ? { ...r, ...patch } : r)));
  return (
    <>
      <Button
        size="xs"
        variant="default"
        onClick={() => {
          setRows(initial());
          update.reset();
          open();
        }}
      >
        {t('progress.open')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('progress.title', { label: participant.label })}
        size="lg"
        centered
        closeButtonProps={{ 'aria-label': t('close', { ns: 'common' }) }}
      >
        <form
          noValidate
          onSubmit={async (event) => {
            event.preventDefault();
            const saved = await update
              .mutateAsync({
                version: participant.version,
                progress: rows.map((r) => ({
                  moduleId: r.moduleId,
                  hoursAttended: typeof r.hoursAttended === 'number' ? r.hoursAttended : Number.NaN,
                  completed: r.completed,
                })),
              })
              .catch(() => undefined);
            if (saved) close();
          }}
        >
          <Stack>
            <ErrorSummary error={update.error} />
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('progress.module')}</Table.Th>
                  <Table.Th>{t('progress.hours')}</Table.Th>
                  <Table.Th>{t('progress.completed')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {programme.modules.map((m, n) => (
                  <Table.Tr key={m.id}>
                    <Table.Td>{m.title}</Table.Td>
                    <Table.Td>
                      <NumberInput
                        id={`field-progress.${n}.hoursAttended`}
                        label={t('progress.hoursOf', { title: m.title, hours: m.plannedHours })}
                        min={0}
                        allowDecimal={false}
                        value={rows[n]?.hoursAttended ?? 0}
                        onChange={(v) => set(n, { hoursAttended: v })}
                        error={fieldError(update.error, `progress.${n}.hoursAttended`)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Checkbox
                        id={`field-progress.${n}.completed`}
                        label={t('progress.completedOf', { title: m.title })}
                        checked={rows[n]?.completed ?? false}
                        onChange={(e) => set(n, { completed: e.currentTarget.checked })}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('form.cancel')}
              </Button>
              <Button type="submit" loading={update.isPending}>
                {t('progress.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
