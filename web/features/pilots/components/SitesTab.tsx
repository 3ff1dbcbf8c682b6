import { Button, Group, List, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CARETAKERS_PER_SITE, type CandidateView, type PilotView } from '../../../../common/contracts/pilots';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { usePilotChange } from '../api/pilots';

/** The chosen sites with their two caretakers; the organiser assigns trained experts here. */
export function SitesTab({ pilot }: { pilot: PilotView }) {
  const { t } = useTranslation('pilots');
  const sites = pilot.candidates.filter((c) => c.state === 'chosen');
  if (sites.length === 0) return <EmptyState title={t('sites.empty')} />;
  return (
    <Stack>
      <Title order={2} size="h4">
        {t('sites.caption')}
      </Title>
      {sites.map((site) => (
        <Site key={site.id} pilot={pilot} site={site} />
      ))}
    </Stack>
  );
}

function Site({ pilot, site }: { pilot: PilotView; site: CandidateView }) {
  const { t } = useTranslation('pilots');
  const [expertId, setExpertId] = useState<string | null>(null);
  const assign = usePilotChange<{ candidateId: string; expertId: string | undefined }>(
    'POST',
    () => `/api/pilots/${pilot.id}/caretakers`,
  );
  const remove = usePilotChange<{ caretakerId: string }>(
    'DELETE',
    ({ caretakerId }) => `/api/pilots/${pilot.id}/caretakers/${caretakerId}`,
  );
  const free = pilot.experts.filter((e) => !e.site);
  const full = site.caretakers.length >= CARETAKERS_PER_SITE;
  const fieldIds = { expertId: `field-expertId-${site.id}`, candidateId: `field-expertId-${site.id}` };
  return (
    <Paper withBorder p="md" data-testid="site-card">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {site.institution.name}
        </Title>
        <Text size="sm">{t('fields.caretakers')}:</Text>
        {site.caretakers.length === 0 ? (
          <Text size="sm">{t('sites.none')}</Text>
        ) : (
          <List size="sm">
            {site.caretakers.map((k) => (
              <List.Item key={k.id}>
                <Group gap="xs">
                  {k.name}
                  {pilot.abilities.manage && (
                    <ConfirmAction
                      size="xs"
                      label={t('sites.remove')}
                      aria-label={`${t('sites.remove')}: ${k.name}`}
                      title={t('sites.removeTitle')}
                      message={t('sites.removeMessage', { name: k.name })}
                      loading={remove.isPending}
                      onConfirm={() => remove.mutateAsync({ caretakerId: k.id }).catch(() => undefined)}
                    />
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        {pilot.abilities.manage && !full && (
          <form
            noValidate
            aria-label={`${t('sites.assign')}: ${site.institution.name}`}
            onSubmit={async (event) => {
              event.preventDefault();
              const saved = await assign
                .mutateAsync({ candidateId: site.id, expertId: expertId ?? undefined })
                .catch(() => undefined);
              if (saved) setExpertId(null);
            }}
          >
            <Stack gap="xs">
              <ErrorSummary error={assign.error} fieldIds={fieldIds} />
              <Group align="flex-end">
                <Select
                  id={`field-expertId-${site.id}`}
                  label={t('sites.expert')}
                  data={free.map((e) => ({
                    value: e.id,
                    label: e.trained
                      ? e.name
                      : `${e.name} (${t('experts.untrained', { days: e.attendedDays.length })})`,
                  }))}
                  value={expertId}
                  onChange={setExpertId}
                  searchable
                  error={fieldError(assign.error, 'expertId') ?? fieldError(assign.error, 'candidateId')}
                />
                <Button type="submit" loading={assign.isPending}>
                  {t('sites.assignSubmit')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
        {full && <Text size="xs">{t('sites.full')}</Text>}
      </Stack>
    </Paper>
  );
}
