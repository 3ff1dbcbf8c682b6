import { Button, Group, Paper, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CreateOfferingInput,
  OfferingView,
  UpdateOfferingInput,
} from '../../../../common/contracts/service-offerings';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { TerritoryPicker } from '../../../components/TerritoryPicker';
import { useCreateOffering } from '../api/create-offering';
import { useActiveServiceTypes } from '../api/list-service-types';
import { useUpdateOffering } from '../api/update-offering';
import { ConflictNotice, currentOf } from './ConflictNotice';

type TextField = 'contactName' | 'email' | 'phone' | 'startedOn';
type Status = 'active' | 'suspended';

interface OfferingValues {
  serviceTypeId: string | null;
  territoryCode: string | null;
  description: string;
  fields: Record<TextField, string>;
  status: Status;
}

const valuesOf = (offering: OfferingView): OfferingValues => ({
  serviceTypeId: offering.serviceType.id,
  territoryCode: offering.territory.code,
  description: offering.description ?? '',
  fields: {
    contactName: offering.contactName ?? '',
    email: offering.email ?? '',
    phone: offering.phone ?? '',
    startedOn: offering.startedOn ?? '',
  },
  status: offering.status === 'suspended' ? 'suspended' : 'active',
});

/**
 * A new offering of the institution, or a change of one it delivers: a service type of the
 * catalogue (grouped by area; fixed once offered, a different service is a new offering) and the
 * unit whose residents it serves, with local details and a contact when it is not the institution.
 * A change may suspend or resume it; ending is its own step, with a reason.
 */
export function OfferingForm({
  institutionId,
  defaultTerritoryCode,
  offering,
  onDone,
}: {
  institutionId: string;
  defaultTerritoryCode: string;
  offering?: OfferingView;
  onDone: () => void;
}) {
  if (offering) return <OfferingEdit offering={offering} onDone={onDone} />;
  return (
    <OfferingCreate
      institutionId={institutionId}
      defaultTerritoryCode={defaultTerritoryCode}
      onDone={onDone}
    />
  );
}

function OfferingCreate({
  institutionId,
  defaultTerritoryCode,
  onDone,
}: {
  institutionId: string;
  defaultTerritoryCode: string;
  onDone: () => void;
}) {
  const { t } = useTranslation('socialServices');
  const create = useCreateOffering();
  return (
    <OfferingFields
      title={t('offerings.addTitle')}
      initial={{
        serviceTypeId: null,
        territoryCode: defaultTerritoryCode,
        description: '',
        fields: { contactName: '', email: '', phone: '', startedOn: '' },
        status: 'active',
      }}
      submitLabel={t('offerings.submit')}
      pending={create.isPending}
      error={create.error}
      onCancel={onDone}
      onSubmit={(values) => {
        const body = {
          institutionId,
          ...(values.serviceTypeId && { serviceTypeId: values.serviceTypeId }),
          territoryCode: values.territoryCode ?? '',
          description: values.description,
          ...values.fields,
        };
        // A type left unchosen is sent without one, so the API names the field as required.
        create.mutate(body as CreateOfferingInput, { onSuccess: onDone });
      }}
    />
  );
}

/** Changes at the version read; when someone else saved first, the form restarts from theirs. */
function OfferingEdit({ offering, onDone }: { offering: OfferingView; onDone: () => void }) {
  const { t } = useTranslation('socialServices');
  const [base, setBase] = useState(offering);
  const update = useUpdateOffering(offering.id);
  const current = currentOf<OfferingView>(update.error);
  return (
    <OfferingFields
      key={base.version}
      title={t('offerings.editTitle', { name: base.serviceType.name })}
      initial={valuesOf(base)}
      fixedType={{ value: base.serviceType.id, label: base.serviceType.name }}
      submitLabel={t('form.save')}
      pending={update.isPending}
      error={current ? undefined : update.error}
      onCancel={onDone}
      notice={
        current && (
          <ConflictNotice
            title={t('offerings.conflictTitle')}
            onReload={() => {
              setBase(current);
              update.reset();
            }}
          />
        )
      }
      onSubmit={(values) => {
        const body: UpdateOfferingInput = {
          territoryCode: values.territoryCode ?? '',
          description: values.description,
          ...values.fields,
          status: values.status,
          version: base.version,
        };
        update.mutate(body, { onSuccess: onDone });
      }}
    />
  );
}

function OfferingFields({
  title,
  initial,
  fixedType,
  submitLabel,
  pending,
  error,
  notice,
  onSubmit,
  onCancel,
}: {
  title: string;
  initial: OfferingValues;
  /** The service of an offering being changed: shown, not choosable. */
  fixedType?: { value: string; label: string };
  submitLabel: string;
  pending: boolean;
  error: unknown;
  notice?: ReactNode;
  onSubmit: (values: OfferingValues) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('socialServices');
  const types = useActiveServiceTypes();
  const [values, setValues] = useState(initial);
  const set = <K extends keyof OfferingValues>(key: K, value: OfferingValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const groups = useMemo(() => {
    if (fixedType) return [fixedType];
    const byArea = new Map<string, { value: string; label: string }[]>();
    for (const type of types.data?.items ?? [])
      byArea.set(type.area.name, [
        ...(byArea.get(type.area.name) ?? []),
        { value: type.id, label: type.name },
      ]);
    return [...byArea].map(([group, items]) => ({ group, items }));
  }, [types.data, fixedType]);

  const text = (name: TextField, type?: string) => (
    <TextInput
      id={`field-${name}`}
      label={t(`offerings.${name}`)}
      type={type}
      value={values.fields[name]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setValues((v) => ({ ...v, fields: { ...v.fields, [name]: value } }));
      }}
      error={fieldError(error, name)}
    />
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(values);
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="offering-form-title">
      <Title order={3} size="h4" id="offering-form-title" mb="sm">
        {title}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          {notice}
          <ErrorSummary error={error} />
          <Select
            id="field-serviceTypeId"
            label={t('offerings.serviceType')}
            description={fixedType ? t('offerings.typeFixed') : undefined}
            placeholder={t('form.choose')}
            withAsterisk
            searchable
            disabled={fixedType !== undefined}
            data={groups}
            value={values.serviceTypeId}
            onChange={(id) => set('serviceTypeId', id)}
            error={fieldError(error, 'serviceTypeId')}
            comboboxProps={{ withinPortal: true }}
          />
          <TerritoryPicker
            id="field-territoryCode"
            label={t('offerings.territoryCode')}
            description={t('offerings.territoryHint')}
            levels={['voivodeship', 'powiat', 'gmina']}
            required
            value={values.territoryCode}
            onChange={(code) => set('territoryCode', code)}
            error={fieldError(error, 'territoryCode')}
          />
          <Textarea
            id="field-description"
            label={t('offerings.description')}
            description={t('offerings.descriptionHint')}
            autosize
            minRows={2}
            value={values.description}
            onChange={(e) => set('description', e.currentTarget.value)}
            error={fieldError(error, 'description')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {text('contactName')}
            {text('email', 'email')}
            {text('phone', 'tel')}
            {text('startedOn', 'date')}
          </SimpleGrid>
          {fixedType && (
            <Select
              id="field-status"
              label={t('offerings.status')}
              description={t('offerings.statusHint')}
              withAsterisk
              allowDeselect={false}
              data={(['active', 'suspended'] as const).map((s) => ({
                value: s,
                label: t(`offerings.statuses.${s}`),
              }))}
              value={values.status}
              onChange={(s) => s && set('status', s as Status)}
              error={fieldError(error, 'status')}
              comboboxProps={{ withinPortal: true }}
            />
          )}
          <Group>
            <Button type="submit" loading={pending}>
              {submitLabel}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('cancel', { ns: 'common' })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
