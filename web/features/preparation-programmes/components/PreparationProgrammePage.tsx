import {
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ProgrammeView } from '../../../../common/contracts/preparation-programmes';
import { ButtonLink } from '../../../components/ButtonLink';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate } from '../../../lib/format';
import { unitLabel } from '../../../lib/territory-label';
import { useAdvanceProgramme, useProgramme } from '../api/programmes';
import { ParticipantsSection } from './ParticipantsSection';

/** One programme: what it prepares for, its state, and for the CIS/KIS running it the participants. */
export function PreparationProgrammePage() {
  const { t } = useTranslation('preparationProgrammes');
  const { id } = useParams({ from: '/authed/preparation-programmes/$id' });
  const programme = useProgramme(id);
  if (programme.error) return <Text role="alert">{programme.error.message}</Text>;
  if (!programme.data) return <Loader aria-label={t('loading', { ns: 'common' })} />;
  const p = programme.data;
  return (
    <Stack>
      <PageHeader title={p.title} actions={<StateActions programme={p} />} />
      <Group gap="xs">
        <Badge variant="outline">{t(`kinds.${p.kind}`)}</Badge>
        <Badge>{t(`states.${p.state}`)}</Badge>
      </Group>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Fact label={t('fields.institution')} value={p.institution.name} />
          <Fact label={t('fields.period')} value={`${formatDate(p.startsOn)} – ${formatDate(p.endsOn)}`} />
          <Fact label={t('fields.qualifications')} value={p.qualifications.map((q) => q.name).join(', ')} />
          <Fact label={t('fields.territory')} value={unitLabel(p.territory, t)} />
          <Fact label={t('fields.places')} value={String(p.places)} />
          <Fact
            label={t('fields.counts')}
            value={t('countsSummary', {
              active: p.counts.enrolled + p.counts.inProgress,
              graduated: p.counts.graduated,
              droppedOut: p.counts.droppedOut,
              hired: p.counts.hired,
            })}
          />
        </SimpleGrid>
      </Paper>
      <Title order={2} size="h3">
        {t('fields.modules')}
      </Title>
      <List>
        {p.modules.map((m) => (
          <List.Item key={m.id}>{t('moduleLine', { title: m.title, hours: m.plannedHours })}</List.Item>
        ))}
      </List>
      <Title order={2} size="h3">
        {t('fields.staffingNeeds')}
      </Title>
      {p.staffingNeeds.length === 0 ? (
        <Text size="sm">{t('noNeeds')}</Text>
      ) : (
        <List>
          {p.staffingNeeds.map((n) => (
            <List.Item key={n.id}>
              {t('needLine', {
                provider: n.institution.name,
                position: n.position,
                qualification: n.qualification.name,
                filled: n.filled,
                headcount: n.headcount,
              })}{' '}
              <Badge size="sm" variant="light">
                {t(`needStatuses.${n.status}`, { defaultValue: n.status })}
              </Badge>
            </List.Item>
          ))}
        </List>
      )}
      {p.participants ? (
        <>
          <Group>
            <Anchor href={`/api/preparation-programmes/${p.id}/progress.xlsx`} download>
              {t('progressXlsx')}
            </Anchor>
          </Group>
          <ParticipantsSection programme={p} />
        </>
      ) : (
        <Text size="sm">{t('participantsPrivate')}</Text>
      )}
    </Stack>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </div>
  );
}

/** planned → running → finished, each with a confirmation saying what follows. */
function StateActions({ programme }: { programme: ProgrammeView }) {
  const { t } = useTranslation('preparationProgrammes');
  const advance = useAdvanceProgramme(programme.id);
  if (!programme.abilities.advance) return null;
  const next = programme.state === 'planned' ? 'start' : 'finish';
  return (
    <Stack gap="xs">
      <ErrorSummary error={advance.error} />
      {programme.abilities.update && (
        <ButtonLink variant="default" to="/preparation-programmes/$id/edit" params={{ id: programme.id }}>
          {t('form.edit')}
        </ButtonLink>
      )}
      {next === 'start' ? (
        <Button loading={advance.isPending} onClick={() => advance.mutate({ version: programme.version })}>
          {t('advance.start')}
        </Button>
      ) : (
        <ConfirmAction
          label={t('advance.finish')}
          title={t('advance.finishTitle')}
          message={t('advance.finishMessage')}
          confirmLabel={t('advance.finish')}
          loading={advance.isPending}
          onConfirm={() => advance.mutateAsync({ version: programme.version }).catch(() => undefined)}
        />
      )}
    </Stack>
  );
}
