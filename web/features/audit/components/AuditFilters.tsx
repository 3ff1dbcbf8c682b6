import { Button, CloseButton, Group, Paper, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../../components/ErrorSummary';
import { useSession } from '../../../lib/session';
import type { AuditSearch } from '../api/list-audit-events';
import { useInstitutionName, useInstitutionSearch } from '../api/search-institutions';
import { actionOptions, entityTypeOptions } from '../labels';

type Filters = Omit<AuditSearch, 'page'>;

/**
 * The institution filter: a platform administrator searches the registry by name; an
 * administrator of several institutions picks one of them; an administrator of one needs none.
 */
function InstitutionFilter({
  value,
  onChange,
}: {
  value?: string;
  onChange: (id: string | undefined) => void;
}) {
  const { t } = useTranslation('audit');
  const { user } = useSession();
  const [query, setQuery] = useState('');
  const platformAdmin = Boolean(user?.isPlatformAdmin);
  const found = useInstitutionSearch(query, platformAdmin);
  const selectedName = useInstitutionName(value, platformAdmin);
  const administered = (user?.memberships ?? []).filter((m) => m.role === 'institutionAdmin');
  if (!platformAdmin && administered.length < 2) return null;
  const data = platformAdmin
    ? [
        ...(value ? [{ value, label: selectedName.data ?? value }] : []),
        ...(found.data?.items ?? [])
          .filter((i) => i.id !== value)
          .map((i) => ({ value: i.id, label: i.name })),
      ]
    : administered.map((m) => ({ value: m.institutionId, label: m.institutionName }));
  return (
    <Select
      id="field-institutionId"
      label={t('filters.institution')}
      description={platformAdmin ? t('filters.institutionSearchHint') : undefined}
      placeholder={t('filters.institutionPlaceholder')}
      data={data}
      value={value ?? null}
      onChange={(id) => onChange(id ?? undefined)}
      searchable
      clearable
      {...(platformAdmin && { onSearchChange: setQuery, filter: ({ options }) => options })}
      nothingFoundMessage={
        platformAdmin && query.trim().length >= 2 ? t('noResults', { ns: 'common' }) : undefined
      }
    />
  );
}

/**
 * Dates, action, record type and institution; the person and the record are set by clicking
 * them in the table and shown here, each with a button that removes it.
 */
export function AuditFilters({
  search,
  actorName,
  error,
  onApply,
}: {
  search: AuditSearch;
  actorName?: string;
  error: unknown;
  onApply: (filters: Filters) => void;
}) {
  const { t } = useTranslation('audit');
  const [from, setFrom] = useState(search.from ?? '');
  const [to, setTo] = useState(search.to ?? '');
  const [action, setAction] = useState<string | null>(search.action ?? null);
  const [entityType, setEntityType] = useState<string | null>(search.entityType ?? null);
  const [institutionId, setInstitutionId] = useState(search.institutionId);

  const current = (): Filters => ({
    from: from || undefined,
    to: to || undefined,
    action: action ?? undefined,
    entityType: entityType ?? undefined,
    entityId: entityType === search.entityType ? search.entityId : undefined,
    actorId: search.actorId,
    institutionId,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(current());
  };

  const clear = () => {
    setFrom('');
    setTo('');
    setAction(null);
    setEntityType(null);
    setInstitutionId(undefined);
    onApply({});
  };

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} role="search" aria-label={t('filters.label')}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <TextInput
          id="field-from"
          type="date"
          label={t('filters.from')}
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
          error={fieldError(error, 'from')}
        />
        <TextInput
          id="field-to"
          type="date"
          label={t('filters.to')}
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
          error={fieldError(error, 'to')}
        />
        <Select
          id="field-action"
          label={t('filters.action')}
          placeholder={t('filters.actionPlaceholder')}
          data={actionOptions()}
          value={action}
          onChange={setAction}
          searchable
          clearable
        />
        <Select
          id="field-entityType"
          label={t('filters.entityType')}
          placeholder={t('filters.entityTypePlaceholder')}
          data={entityTypeOptions()}
          value={entityType}
          onChange={setEntityType}
          clearable
        />
        <InstitutionFilter value={institutionId} onChange={setInstitutionId} />
      </SimpleGrid>
      {(search.actorId || search.entityId) && (
        <Group mt="sm" gap="md">
          {search.actorId && (
            <Group gap={4} data-testid="actor-filter">
              <Text size="sm">
                {t('filters.actor')}: <strong>{actorName ?? search.actorId}</strong>
              </Text>
              <CloseButton
                size="sm"
                aria-label={t('filters.removeActor', { name: actorName ?? search.actorId })}
                onClick={() => onApply({ ...current(), actorId: undefined })}
              />
            </Group>
          )}
          {search.entityId && (
            <Group gap={4} data-testid="record-filter">
              <Text size="sm">
                {t('filters.entityId')}: <code>{search.entityId}</code>
              </Text>
              <CloseButton
                size="sm"
                aria-label={t('filters.removeRecord')}
                onClick={() => onApply({ ...current(), entityId: undefined })}
              />
            </Group>
          )}
        </Group>
      )}
      <Group mt="md">
        <Button type="submit">{t('filters.apply')}</Button>
        <Button variant="default" onClick={clear}>
          {t('filters.clear')}
        </Button>
      </Group>
    </Paper>
  );
}
