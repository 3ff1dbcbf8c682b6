import { Button, Group, NumberInput, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnrolInput } from '../../../../common/contracts/training-programme';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { useEnrol, useInstitutionOptions, useJstStaff } from '../api/programmes';
import { emptyPerson, PeopleFields, type PersonDraft, toInput } from './PeopleFields';

const number = (value: string | number) => (value === '' ? undefined : Number(value));
const text = (value: string) => (value.trim() === '' ? undefined : value);

/** Recruiting a gmina or powiat with at least two people; the baseline only when it has no plan. */
export function EnrolForm({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('trainingProgramme');
  const enrol = useEnrol(programmeId);
  const [jstSearch, setJstSearch] = useState('');
  const [jst, setJst] = useState<string | null>(null);
  const jsts = useInstitutionOptions('jstGmina,jstPowiat', jstSearch);
  const staff = useJstStaff(programmeId, jst);
  const [people, setPeople] = useState<PersonDraft[]>([emptyPerson(), emptyPerson()]);
  const [counts, setCounts] = useState<Record<string, string | number>>({});
  const [values, setValues] = useState({ baselinePesValue: '', baselineTotalValue: '' });
  const [done, setDone] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const body = {
      ...(jst && { jstInstitutionId: jst }),
      people: people.map(toInput),
      baseYear: number(counts.baseYear ?? ''),
      baselinePesCount: number(counts.baselinePesCount ?? ''),
      baselineTotalCount: number(counts.baselineTotalCount ?? ''),
      baselinePesValue: text(values.baselinePesValue),
      baselineTotalValue: text(values.baselineTotalValue),
    } as EnrolInput;
    enrol.mutate(body, {
      onSuccess: () => {
        setDone(true);
        setJst(null);
        setJstSearch('');
        setPeople([emptyPerson(), emptyPerson()]);
        setCounts({});
        setValues({ baselinePesValue: '', baselineTotalValue: '' });
      },
    });
  };
  const error = (field: string) => fieldError(enrol.error, field);
  const count = (field: string) => (
    <NumberInput
      id={`field-${field}`}
      label={t(`fields.${field}`)}
      min={0}
      value={counts[field] ?? ''}
      onChange={(v) => setCounts((c) => ({ ...c, [field]: v }))}
      error={error(field)}
    />
  );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="enrol-title">
      <Title order={2} size="h4" id="enrol-title" mb="sm">
        {t('enrol.title')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorSummary error={enrol.error} />
          {done && (
            <Text role="status" c="teal.9">
              {t('enrol.done')}
            </Text>
          )}
          <Select
            id="field-jstInstitutionId"
            label={t('enrol.jst')}
            placeholder={t('enrol.jstSearch')}
            withAsterisk
            searchable
            searchValue={jstSearch}
            onSearchChange={setJstSearch}
            data={(jsts.data?.items ?? []).map((i) => ({ value: i.id, label: i.name }))}
            value={jst}
            onChange={setJst}
            error={error('jstInstitutionId')}
            comboboxProps={{ withinPortal: true }}
          />
          <Title order={3} size="h5">
            {t('enrol.peopleTitle')}
          </Title>
          <Text size="xs">{t('fields.userHint')}</Text>
          {error('people') && (
            <Text size="sm" c="red.9" role="alert">
              {error('people')}
            </Text>
          )}
          <PeopleFields
            people={people}
            onChange={setPeople}
            staff={staff.data?.items ?? []}
            error={enrol.error}
          />
          <Title order={3} size="h5">
            {t('enrol.baselineTitle')}
          </Title>
          <Text size="xs">{t('enrol.baselineHint')}</Text>
          <Group grow wrap="wrap">
            {count('baseYear')}
            {count('baselinePesCount')}
            <TextInput
              id="field-baselinePesValue"
              label={t('fields.baselinePesValue')}
              value={values.baselinePesValue}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setValues((v) => ({ ...v, baselinePesValue: value }));
              }}
              error={error('baselinePesValue')}
            />
          </Group>
          <Group grow wrap="wrap">
            {count('baselineTotalCount')}
            <TextInput
              id="field-baselineTotalValue"
              label={t('fields.baselineTotalValue')}
              value={values.baselineTotalValue}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setValues((v) => ({ ...v, baselineTotalValue: value }));
              }}
              error={error('baselineTotalValue')}
            />
          </Group>
          <Group>
            <Button type="submit" loading={enrol.isPending}>
              {t('enrol.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
