import { ActionIcon, Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonInput } from '../../../../common/contracts/training-programme';
import { fieldError } from '../../../components/ErrorSummary';

export type PersonDraft = { id?: string; userId: string | null; name: string; position: string };
export const emptyPerson = (): PersonDraft => ({ userId: null, name: '', position: '' });
export const toInput = (p: PersonDraft): PersonInput => ({
  ...(p.id && { id: p.id }),
  userId: p.userId,
  name: p.name,
  position: p.position,
});

/** The people a JST sends: a platform user of that JST (name filled in) or a name and position. */
export function PeopleFields({
  people,
  onChange,
  staff,
  error,
}: {
  people: PersonDraft[];
  onChange: (people: PersonDraft[]) => void;
  staff: { id: string; displayName: string }[];
  error: unknown;
}) {
  const { t } = useTranslation('trainingProgramme');
  const update = (index: number, patch: Partial<PersonDraft>) =>
    onChange(people.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  return (
    <Stack gap="xs" id="field-people" tabIndex={-1}>
      {people.map((person, index) => (
        <Group key={person.id ?? `new-${index}`} align="flex-end" wrap="wrap">
          <Select
            id={`field-people.${index}.userId`}
            label={`${t('fields.user')} (${index + 1})`}
            clearable
            data={staff.map((s) => ({ value: s.id, label: s.displayName }))}
            value={person.userId}
            onChange={(userId) =>
              update(index, {
                userId,
                ...(userId &&
                  !person.name && { name: staff.find((s) => s.id === userId)?.displayName ?? '' }),
              })
            }
            error={fieldError(error, `people.${index}.userId`)}
            comboboxProps={{ withinPortal: true }}
            w={240}
          />
          <TextInput
            id={`field-people.${index}.name`}
            label={`${t('fields.name_person')} (${index + 1})`}
            withAsterisk
            value={person.name}
            onChange={(e) => update(index, { name: e.currentTarget.value })}
            error={fieldError(error, `people.${index}.name`)}
          />
          <TextInput
            id={`field-people.${index}.position`}
            label={`${t('fields.position')} (${index + 1})`}
            withAsterisk
            value={person.position}
            onChange={(e) => update(index, { position: e.currentTarget.value })}
            error={fieldError(error, `people.${index}.position`)}
          />
          <ActionIcon
            variant="subtle"
            color="red.9"
            size="lg"
            aria-label={`${t('enrol.removePerson')} ${index + 1}`}
            onClick={() => onChange(people.filter((_, i) => i !== index))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button variant="default" size="xs" onClick={() => onChange([...people, emptyPerson()])}>
          {t('enrol.addPerson')}
        </Button>
      </Group>
    </Stack>
  );
}
