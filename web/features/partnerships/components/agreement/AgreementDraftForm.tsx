import { Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementSection, AgreementView } from '../../../../../common/contracts/partnership-agreements';
import type { PartnershipView } from '../../../../../common/contracts/partnerships';
import { ErrorSummary, fieldError } from '../../../../components/ErrorSummary';
import { useUpdateAgreement } from '../../api/save-agreement';

export const sectionFieldId = (key: AgreementSection) => `agreement-sections-${key}`;

/** The draft edited section by section; saving a changed text makes a new version (at the agreement's version). */
export function AgreementDraftForm({
  view,
  agreement,
  onDone,
}: {
  view: PartnershipView;
  agreement: AgreementView;
  onDone: () => void;
}) {
  const { t } = useTranslation('partnerships');
  const update = useUpdateAgreement(view.id, agreement.id);
  const [title, setTitle] = useState(agreement.title);
  const [termFrom, setTermFrom] = useState(agreement.termFrom ?? '');
  const [termTo, setTermTo] = useState(agreement.termTo ?? '');
  const [sections, setSections] = useState(agreement.sections);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      { version: agreement.version, title, termFrom: termFrom || null, termTo: termTo || null, sections },
      { onSuccess: onDone },
    );
  };
  const fieldIds = {
    title: 'agreement-title-field',
    termFrom: 'agreement-edit-term-from',
    termTo: 'agreement-edit-term-to',
    ...Object.fromEntries(agreement.sectionKeys.map((k) => [`sections.${k}`, sectionFieldId(k)])),
  };
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      onSubmit={submit}
      noValidate
      aria-labelledby="agreement-edit-title"
    >
      <Stack>
        <Title order={3} size="h5" id="agreement-edit-title">
          {t('agreements.editTitle')}
        </Title>
        <Text size="sm">{t('agreements.editHint')}</Text>
        <ErrorSummary error={update.error} fieldIds={fieldIds} />
        <TextInput
          id={fieldIds.title}
          label={t('agreements.titleField')}
          withAsterisk
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={fieldError(update.error, 'title')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            id={fieldIds.termFrom}
            type="date"
            label={t('agreements.create.termFrom')}
            value={termFrom}
            onChange={(e) => setTermFrom(e.currentTarget.value)}
            error={fieldError(update.error, 'termFrom')}
          />
          <TextInput
            id={fieldIds.termTo}
            type="date"
            label={t('agreements.create.termTo')}
            description={t('agreements.create.termHint')}
            value={termTo}
            onChange={(e) => setTermTo(e.currentTarget.value)}
            error={fieldError(update.error, 'termTo')}
          />
        </SimpleGrid>
        {agreement.sectionKeys.map((key, i) => (
          <Textarea
            key={key}
            id={sectionFieldId(key)}
            label={`§ ${i + 1}. ${t(`agreements.sections.${key}`)}`}
            withAsterisk
            autosize
            minRows={3}
            value={sections[key] ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setSections((s) => ({ ...s, [key]: value }));
            }}
            error={fieldError(update.error, `sections.${key}`)}
          />
        ))}
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('agreements.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('cancel', { ns: 'common' })}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
