import { Button, Group, Paper, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateOfferingInput } from '../../../../common/contracts/service-offerings';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { TerritoryPicker } from '../../../components/TerritoryPicker';
import { useCreateOffering } from '../api/create-offering';
import { useActiveServiceTypes } from '../api/list-service-types';

type TextField = 'contactName' | 'email' | 'phone' | 'startedOn';

/**
 * A new offering of the institution: a service type of the catalogue (grouped by area) and the
 * unit whose residents it serves, with local details and a contact when it is not the institution.
 */
export function OfferingForm({
  institutionId,
  defaultTerritoryCode,
  onDone,
}: {
  institutionId: string;
  defaultTerritoryCode: string;
  onDone: () => void;
}) {
  const { t } = useTranslation('socialServices');
  const types = useActiveServiceTypes();
  const create = useCreateOffering();
  const [serviceTypeId, setServiceTypeId] = useState<string | null>(null);
  const [territoryCode, setTerritoryCode] = useState<string | null>(defaultTerritoryCode);
  const [description, setDescription] = useState('');
  const [fields, setFields] = useState<Record<TextField, string>>({
    contactName: '',
    email: '',
    phone: '',
    startedOn: '',
  });

  const groups = useMemo(() => {
    const byArea = new Map<string, { value: string; label: string }[]>();
    for (const type of types.data?.items ?? [])
      byArea.set(type.area.name, [
        ...(byArea.get(type.area.name) ?? []),
        { value: type.id, label: type.name },
      ]);
    return [...byArea].map(([group, items]) => ({ group, items }));
  }, [types.data]);

  const text = (name: TextField, type?: string) => (
    <TextInput
      id={`field-${name}`}
      label={t(`offerings.${name}`)}
      type={type}
      value={fields[name]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setFields((f) => ({ ...f, [name]: value }));
      }}
      error={fieldError(create.error, name)}
    />
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = {
      institutionId,
      ...(serviceTypeId && { serviceTypeId }),
      territoryCode: territoryCode ?? '',
      description,
      ...fields,
    };
    // A type left unchosen is sent without one, so the API names the field as required.
    create.mutate(body as CreateOfferingInput, { onSuccess: onDone });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="offering-form-title">
      <Title order={3} size="h4" id="offering-form-title" mb="sm">
        {t('offerings.addTitle')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorSummary error={create.error} />
          <Select
            id="field-serviceTypeId"
            label={t('offerings.serviceType')}
            placeholder={t('form.choose')}
            withAsterisk
            searchable
            data={groups}
            value={serviceTypeId}
            onChange={setServiceTypeId}
            error={fieldError(create.error, 'serviceTypeId')}
            comboboxProps={{ withinPortal: true }}
          />
          <TerritoryPicker
            id="field-territoryCode"
            label={t('offerings.territoryCode')}
            description={t('offerings.territoryHint')}
            levels={['voivodeship', 'powiat', 'gmina']}
            required
            value={territoryCode}
            onChange={setTerritoryCode}
            error={fieldError(create.error, 'territoryCode')}
          />
          <Textarea
            id="field-description"
            label={t('offerings.description')}
            description={t('offerings.descriptionHint')}
            autosize
            minRows={2}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={fieldError(create.error, 'description')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {text('contactName')}
            {text('email', 'email')}
            {text('phone', 'tel')}
            {text('startedOn', 'date')}
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('offerings.submit')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('cancel', { ns: 'common' })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
