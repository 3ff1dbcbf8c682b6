import { Button, Group, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiagnosisDomain, DiagnosisEntryView } from '../../../../../common/contracts/diagnosis';
import { ErrorSummary, fieldError } from '../../../../components/ErrorSummary';
import { useAddDiagnosisEntry, useUpdateDiagnosisEntry } from '../../api/diagnosis';

/** Adds the reader's institution's entry to a domain, or corrects one of its entries at the version read. */
export function DiagnosisEntryForm({
  personId,
  domain,
  entry,
  onDone,
}: {
  personId: string;
  domain: DiagnosisDomain;
  entry?: DiagnosisEntryView;
  onDone: () => void;
}) {
  const { t } = useTranslation('diagnosis');
  const add = useAddDiagnosisEntry(personId);
  const update = useUpdateDiagnosisEntry(personId);
  const mutation = entry ? update : add;
  const [findings, setFindings] = useState(entry?.findings ?? '');
  const [needs, setNeeds] = useState(entry?.needs ?? '');
  const key = entry?.id ?? domain;
  const ids = { findings: `diagnosis-findings-${key}`, needs: `diagnosis-needs-${key}` };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      if (entry) await update.mutateAsync({ entryId: entry.id, findings, needs, version: entry.version });
      else await add.mutateAsync({ domain, findings, needs });
      onDone();
    } catch {
      // The error summary shows what went wrong.
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <ErrorSummary error={mutation.error} fieldIds={ids} />
        <Textarea
          id={ids.findings}
          label={t('findings')}
          required
          autosize
          minRows={3}
          value={findings}
          onChange={(e) => setFindings(e.currentTarget.value)}
          error={fieldError(mutation.error, 'findings')}
        />
        <Textarea
          id={ids.needs}
          label={t('needs')}
          autosize
          minRows={2}
          value={needs}
          onChange={(e) => setNeeds(e.currentTarget.value)}
          error={fieldError(mutation.error, 'needs')}
        />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={mutation.isPending}>
            {entry ? t('saveChanges') : t('save')}
          </Button>
          <Button size="xs" variant="default" onClick={onDone}>
            {t('cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
