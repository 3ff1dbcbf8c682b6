import {
  Alert,
  Button,
  DataList,
  Fieldset,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnershipView } from '../../../../common/contracts/partnerships';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { ApiError } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { unitLabel } from '../../../lib/territory-label';
import { useUpdatePartnership } from '../api/update-partnership';
import { AreaField, areaError } from './AreaField';
import { stepLabel } from './labels';

/** The partnership's facts; those who govern it edit the name, description and area at the version they read. */
export function OverviewTab({ view }: { view: PartnershipView }) {
  const { t } = useTranslation('partnerships');
  const { t: tTerritory } = useTranslation('territory');
  const [editing, setEditing] = useState(false);
  const missing = view.private?.missingRequirements ?? [];
  return (
    <Stack>
      {missing.length > 0 && (
        <Alert color="orange" variant="outline" role="status">
          {t('detail.missingMembers', { missing: missing.map((id) => t(`requirements.${id}`)).join(', ') })}
        </Alert>
      )}
      <Paper withBorder p="md">
        <DataList labelWidth="14rem">
          <Fact label={t('fields.kind')} value={t(`kinds.${view.kind}`)} />
          <Fact label={t('fields.area')} value={view.area.map((u) => unitLabel(u, tTerritory)).join('; ')} />
          <Fact label={t('fields.status')} value={t(`statuses.${view.status}`)} />
          <Fact label={t('fields.currentStep')} value={stepLabel(t, view.currentStep)} />
          <Fact label={t('fields.cycle')} value={String(view.cycle)} />
          {view.private && <Fact label={t('fields.description')} value={view.private.description} />}
          {view.private && (
            <Fact label={t('fields.createdAt')} value={formatDateTime(view.private.createdAt)} />
          )}
          <Fact label={t('fields.updatedAt')} value={formatDateTime(view.updatedAt)} />
        </DataList>
      </Paper>
      {view.abilities.update &&
        (editing ? (
          <EditForm view={view} onDone={() => setEditing(false)} />
        ) : (
          <Group>
            <Button onClick={() => setEditing(true)}>{t('detail.edit')}</Button>
          </Group>
        ))}
    </Stack>
  );
}

function Fact({ label, value }: { label: string; value: string | null }) {
  const { t } = useTranslation('partnerships');
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>
        {value ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {value}
          </Text>
        ) : (
          <Text span c="dimmed" size="sm">
            {t('detail.notGiven')}
          </Text>
        )}
      </DataList.ItemValue>
    </DataList.Item>
  );
}

/** On a 409 the server's current partnership comes back; "load the current data" restarts from it. */
function EditForm({ view, onDone }: { view: PartnershipView; onDone: () => void }) {
  const { t } = useTranslation('partnerships');
  const update = useUpdatePartnership(view.id);
  const [base, setBase] = useState(view);
  const [name, setName] = useState(view.name);
  const [description, setDescription] = useState(view.private?.description ?? '');
  const [area, setArea] = useState(view.area);
  const current =
    update.error instanceof ApiError && update.error.status === 409
      ? (update.error.details as { current?: PartnershipView } | undefined)?.current
      : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      { name, description, area: area.map((u) => u.code), version: base.version },
      { onSuccess: onDone },
    );
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate>
      <Stack>
        {current ? (
          <Alert
            color="orange"
            variant="outline"
            title={t('form.conflictTitle')}
            role="alert"
            data-testid="conflict"
          >
            <Text size="sm" mb="sm">
              {t('form.conflictBody')}
            </Text>
            <Button
              size="xs"
              onClick={() => {
                setBase(current);
                setName(current.name);
                setDescription(current.private?.description ?? '');
                setArea(current.area);
                update.reset();
              }}
            >
              {t('form.reload')}
            </Button>
          </Alert>
        ) : (
          <ErrorSummary
            error={update.error}
            fieldIds={Object.fromEntries(
              ['area', ...area.map((_, i) => `area.${i}`)].map((f) => [f, 'field-area']),
            )}
          />
        )}
        <TextInput
          id="field-name"
          label={t('fields.name')}
          withAsterisk
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldError(update.error, 'name')}
        />
        <Textarea
          id="field-description"
          label={t('fields.description')}
          autosize
          minRows={3}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={fieldError(update.error, 'description')}
        />
        <Fieldset legend={t('form.areaTitle')}>
          <AreaField value={area} onChange={setArea} error={areaError(update.error)} />
        </Fieldset>
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('form.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('cancel', { ns: 'common' })}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
