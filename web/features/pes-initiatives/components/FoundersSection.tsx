import { Alert, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { founderKinds, type InitiativeView } from '../../../../common/contracts/pes-initiatives';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { useUpdateInitiative } from '../api/initiatives';

type Founder = NonNullable<InitiativeView['founders']>[number];

/** The founders check against the form's legal minimum, the founders (first name and initial) and adding one. */
export function FoundersSection({ initiative }: { initiative: InitiativeView }) {
  const { t } = useTranslation('pesInitiatives');
  const update = useUpdateInitiative(initiative.id);
  const founders = initiative.founders ?? [];
  const check = initiative.foundersCheck;
  const [draft, setDraft] = useState({ kind: 'person' as Founder['kind'], name: '', role: '' });
  const save = (next: Founder[]) =>
    update.mutateAsync({
      version: initiative.version,
      founders: next.map((f) => ({ ...f, role: f.role ?? '' })),
    });
  const index = founders.length;
  return (
    <Stack component="section" aria-labelledby="founders-title">
      <Title order={2} size="h3" id="founders-title">
        {t('founders.title')}
      </Title>
      <Alert
        color={check.met ? 'teal.9' : 'orange'}
        variant="outline"
        title={check.met ? t('foundersCheck.met') : t('foundersCheck.short')}
        data-testid="founders-check"
      >
        <Text size="sm">
          {t('foundersCheck.detail', {
            form: t(`legalForms.${initiative.legalForm}`),
            minimum: check.minimumPersons,
            legal: check.minimumLegalPersons ?? '—',
            persons: check.persons,
            legalPersons: check.legalPersons,
          })}
        </Text>
        <Text size="xs">{t('foundersCheck.basis', { basis: check.legalBasis })}</Text>
      </Alert>
      <Text size="sm">{t('founders.privacy')}</Text>
      {founders.length === 0 ? (
        <Text size="sm">{t('founders.empty')}</Text>
      ) : (
        <Table striped captionSide="top">
          <Table.Caption>{t('founders.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('founders.name')}</Table.Th>
              <Table.Th>{t('founders.kind')}</Table.Th>
              <Table.Th>{t('founders.role')}</Table.Th>
              {initiative.abilities.update && <Table.Th>{t('table.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {founders.map((f, n) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id of their own; the list is saved whole, in its order
              <Table.Tr key={`${f.name}-${n}`} data-testid="founder-row">
                <Table.Td>{f.name}</Table.Td>
                <Table.Td>{t(`founderKinds.${f.kind}`)}</Table.Td>
                <Table.Td>{f.role ?? '—'}</Table.Td>
                {initiative.abilities.update && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={t('founders.removeNamed', { name: f.name })}
                      onClick={() => save(founders.filter((_, i) => i !== n)).catch(() => undefined)}
                    >
                      {t('founders.remove')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {initiative.abilities.update && (
        <form
          noValidate
          aria-label={t('founders.add')}
          onSubmit={async (event) => {
            event.preventDefault();
            const saved = await save([...founders, { ...draft, role: draft.role || null }]).catch(
              () => undefined,
            );
            if (saved) setDraft({ kind: draft.kind, name: '', role: '' });
          }}
        >
          <ErrorSummary error={update.error} fieldIds={{ [`founders.${index}.name`]: 'founder-name' }} />
          <Group align="flex-end" wrap="wrap">
            <Select
              id="founder-kind"
              label={t('founders.kind')}
              data={founderKinds.map((k) => ({ value: k, label: t(`founderKinds.${k}`) }))}
              value={draft.kind}
              onChange={(v) => setDraft((d) => ({ ...d, kind: (v ?? 'person') as Founder['kind'] }))}
              allowDeselect={false}
            />
            <TextInput
              id="founder-name"
              label={t('founders.name')}
              description={draft.kind === 'person' ? t('founders.nameHint') : undefined}
              value={draft.name}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setDraft((d) => ({ ...d, name: value }));
              }}
              withAsterisk
              error={fieldError(update.error, `founders.${index}.name`)}
            />
            <TextInput
              id="founder-role"
              label={t('founders.role')}
              value={draft.role}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setDraft((d) => ({ ...d, role: value }));
              }}
            />
            <Button type="submit" loading={update.isPending}>
              {t('founders.add')}
            </Button>
          </Group>
        </form>
      )}
    </Stack>
  );
}
