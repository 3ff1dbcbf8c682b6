import { Anchor, Group, Loader, Stack, Tabs, Text } from '@mantine/core';
import { Link, notFound, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ProgrammeView } from '../../../../common/contracts/training-programme';
import { PageHeader } from '../../../components/PageHeader';
import { ApiError } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { useProgramme } from '../api/programmes';
import { AdvisoryTab } from './AdvisoryTab';
import { JstsTab } from './JstsTab';
import { ProgressTab } from './ProgressTab';
import { TrainingsTab } from './TrainingsTab';
import { VisitsTab } from './VisitsTab';

/**
 * A programme's page: its JSTs, trainings with attendance, advisory, study visits and progress by
 * voivodeship. A JST sees the same tabs with only its own participation in them.
 */
export function ProgrammeDetailPage() {
  const { id } = useParams({ from: '/authed/training-programmes/$id' });
  const { t } = useTranslation('trainingProgramme');
  const programme = useProgramme(id);
  if (programme.error instanceof ApiError && programme.error.status === 404) throw notFound();
  if (!programme.data)
    return programme.error ? (
      <Text role="alert">{programme.error.message}</Text>
    ) : (
      <Loader aria-label={t('loading', { ns: 'common' })} />
    );
  return <Detail programme={programme.data} />;
}

function Detail({ programme }: { programme: ProgrammeView }) {
  const { t } = useTranslation('trainingProgramme');
  return (
    <Stack>
      <PageHeader title={programme.name} />
      <Group gap="lg">
        <Text size="sm">
          {t('fields.period')}: {formatDate(programme.startsOn)} – {formatDate(programme.endsOn)}
        </Text>
        <Text size="sm">
          {t('fields.operator')}: {programme.operator?.name ?? t('fields.operatorNone')}
        </Text>
        <Text size="sm" data-testid="enrolled-count">
          {t('fields.enrolled')}: {programme.enrolledJsts} / {programme.targetJsts}
        </Text>
      </Group>
      {programme.ownParticipantIds.map((participantId) => (
        <Anchor
          key={participantId}
          renderRoot={(props) => (
            <Link
              {...props}
              to="/training-programmes/$id/participants/$participantId"
              params={{ id: programme.id, participantId }}
            />
          )}
        >
          {t('participant.own')}
        </Anchor>
      ))}
      <Tabs defaultValue="jsts" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="jsts">{t('tabs.jsts')}</Tabs.Tab>
          <Tabs.Tab value="trainings">{t('tabs.trainings')}</Tabs.Tab>
          <Tabs.Tab value="advisory">{t('tabs.advisory')}</Tabs.Tab>
          <Tabs.Tab value="visits">{t('tabs.visits')}</Tabs.Tab>
          <Tabs.Tab value="progress">{t('tabs.progress')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="jsts" pt="md">
          <JstsTab programme={programme} />
        </Tabs.Panel>
        <Tabs.Panel value="trainings" pt="md">
          <TrainingsTab programme={programme} />
        </Tabs.Panel>
        <Tabs.Panel value="advisory" pt="md">
          <AdvisoryTab programme={programme} />
        </Tabs.Panel>
        <Tabs.Panel value="visits" pt="md">
          <VisitsTab programme={programme} />
        </Tabs.Panel>
        <Tabs.Panel value="progress" pt="md">
          <ProgressTab programme={programme} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
