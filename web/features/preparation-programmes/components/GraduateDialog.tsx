import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantView, ProgrammeView } from '../../../../common/contracts/preparation-programmes';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { useGraduate } from '../api/programmes';

/** Records graduation: the qualification obtained (one the programme prepares for) and the exam date. */
export function GraduateDialog({
  programme,
  participant,
}: {
  programme: ProgrammeView;
  participant: ParticipantView;
}) {
  const { t } = useTranslation('preparationProgrammes');
  const [opened, { open, close }] = useDisclosure(false);
  const graduate = useGraduate(programme.id, participant.id);
  const [qualificationId, setQualificationId] = useState<string | null>(
    programme.qualifications[0]?.id ?? null,
  );
  const [examPassedOn, setExamPassedOn] = useState('');
  return (
    <>
      <Button
        size="xs"
        variant="default"
        onClick={() => {
          graduate.reset();
          open();
        }}
      >
        {t('graduate.open')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('graduate.title', { label: participant.label })}
        centered
        closeButtonProps={{ 'aria-label': t('close', { ns: 'common' }) }}
      >
        <form
          noValidate
          onSubmit={async (event) => {
            event.preventDefault();
            const done = await graduate
              .mutateAsync({
                version: participant.version,
                qualificationId: qualificationId ?? '',
                examPassedOn,
              })
              .catch(() => undefined);
            if (done) close();
          }}
        >
          <Stack>
            <Text size="sm">{t('graduate.hint')}</Text>
            <ErrorSummary error={graduate.error} />
            <Select
              id="field-qualificationId"
              label={t('participants.qualificationObtained')}
              data={programme.qualifications.map((q) => ({ value: q.id, label: q.name }))}
              value={qualificationId}
              onChange={setQualificationId}
              allowDeselect={false}
              withAsterisk
              error={fieldError(graduate.error, 'qualificationId')}
            />
            <TextInput
              id="field-examPassedOn"
              type="date"
              label={t('participants.examPassedOn')}
              value={examPassedOn}
              onChange={(e) => setExamPassedOn(e.currentTarget.value)}
              withAsterisk
              error={fieldError(graduate.error, 'examPassedOn')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('form.cancel')}
              </Button>
              <Button type="submit" loading={graduate.isPending}>
                {t('graduate.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
