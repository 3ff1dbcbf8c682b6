import { Button, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { programmeRules } from '../../../../common/contracts/training-programme';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { PageHeader } from '../../../components/PageHeader';
import { useCreateProgramme, useInstitutionOptions } from '../api/programmes';

/** A new programme: its name, period, operator and targets (580 JSTs, 1160 people by the seed). */
export function ProgrammeCreatePage() {
  const { t } = useTranslation('trainingProgramme');
  const navigate = useNavigate();
  const create = useCreateProgramme();
  const [form, setForm] = useState({ name: '', startsOn: '', endsOn: '' });
  const [operator, setOperator] = useState<string | null>(null);
  const [operatorSearch, setOperatorSearch] = useState('');
  const [targetJsts, setTargetJsts] = useState<string | number>(programmeRules.targetJsts);
  const [targetPeople, setTargetPeople] = useState<string | number>(
    programmeRules.targetJsts * programmeRules.minPeoplePerJst,
  );
  const options = useInstitutionOptions('rops,owes,ngo,pes', operatorSearch);
  const set = (key: keyof typeof form) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setForm((f) => ({ ...f, [key]: value }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        ...form,
        operatorInstitutionId: operator,
        targetJsts: Number(targetJsts),
        targetPeople: Number(targetPeople),
      },
      { onSuccess: (p) => void navigate({ to: '/training-programmes/$id', params: { id: p.id } }) },
    );
  };
  const error = (field: string) => fieldError(create.error, field);
  return (
    <Stack maw={720}>
      <PageHeader title={t('create.title')} />
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorSummary error={create.error} />
          <TextInput
            id="field-name"
            label={t('fields.name')}
            withAsterisk
            value={form.name}
            onChange={set('name')}
            error={error('name')}
          />
          <Group grow>
            <TextInput
              id="field-startsOn"
              type="date"
              label={t('fields.startsOn')}
              withAsterisk
              value={form.startsOn}
              onChange={set('startsOn')}
              error={error('startsOn')}
            />
            <TextInput
              id="field-endsOn"
              type="date"
              label={t('fields.endsOn')}
              withAsterisk
              value={form.endsOn}
              onChange={set('endsOn')}
              error={error('endsOn')}
            />
          </Group>
          <Select
            id="field-operatorInstitutionId"
            label={t('fields.operator')}
            description={t('fields.operatorHint')}
            placeholder={t('fields.operatorNone')}
            searchable
            clearable
            searchValue={operatorSearch}
            onSearchChange={setOperatorSearch}
            data={(options.data?.items ?? []).map((i) => ({ value: i.id, label: i.name }))}
            value={operator}
            onChange={setOperator}
            error={error('operatorInstitutionId')}
            comboboxProps={{ withinPortal: true }}
          />
          <Text size="sm">{t('create.targetsHint')}</Text>
          <Group grow>
            <NumberInput
              id="field-targetJsts"
              label={t('fields.targetJsts')}
              min={0}
              value={targetJsts}
              onChange={setTargetJsts}
              error={error('targetJsts')}
            />
            <NumberInput
              id="field-targetPeople"
              label={t('fields.targetPeople')}
              min={0}
              value={targetPeople}
              onChange={setTargetPeople}
              error={error('targetPeople')}
            />
          </Group>
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
