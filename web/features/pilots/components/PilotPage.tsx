import { Anchor, Button, Group, List, Loader, Modal, Stack, Tabs, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { PilotView } from '../../../../common/contracts/pilots';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate } from '../../../lib/format';
import { usePilot, usePilotChange } from '../api/pilots';
import { CandidatesTab } from './CandidatesTab';
import { DocumentsTab } from './DocumentsTab';
import { ExpertsTab } from './ExpertsTab';
import { PilotForm, pilotBody, pilotValuesOf } from './PilotForm';
import { PilotStateBadge } from './PilotsPage';
import { ReportsTab } from './ReportsTab';
import { ReviewsTab } from './ReviewsTab';
import { SitesTab } from './SitesTab';

/** One pilot: its facts and roles, then a tab for each part of the work from recruitment to the reports. */
export function PilotPage() {
  const { t } = useTranslation('pilots');
  const { id } = useParams({ from: '/authed/pilots/$id' });
  const query = usePilot(id);
  if (query.error) return <Text role="alert">{query.error.message}</Text>;
  if (!query.data) return <Loader aria-label={t('loading')} />;
  const pilot = query.data;
  return (
    <Stack>
      <PageHeader title={pilot.name} />
      <Group>
        <PilotStateBadge state={pilot.state} />
        <Anchor component={Link} to="/pilots">
          {t('back', { ns: 'common' })}
        </Anchor>
      </Group>
      <Facts pilot={pilot} />
      <Tabs defaultValue="candidates" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="candidates">{t('tabs.candidates')}</Tabs.Tab>
          <Tabs.Tab value="experts">{t('tabs.experts')}</Tabs.Tab>
          <Tabs.Tab value="sites">{t('tabs.sites')}</Tabs.Tab>
          <Tabs.Tab value="reports">{t('tabs.reports')}</Tabs.Tab>
          <Tabs.Tab value="reviews">{t('tabs.reviews')}</Tabs.Tab>
          <Tabs.Tab value="documents">{t('tabs.documents')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="candidates" pt="md">
          <CandidatesTab pilot={pilot} />
        </Tabs.Panel>
        <Tabs.Panel value="experts" pt="md">
          <ExpertsTab pilot={pilot} />
        </Tabs.Panel>
        <Tabs.Panel value="sites" pt="md">
          <SitesTab pilot={pilot} />
        </Tabs.Panel>
        <Tabs.Panel value="reports" pt="md">
          <ReportsTab pilot={pilot} />
        </Tabs.Panel>
        <Tabs.Panel value="reviews" pt="md">
          <ReviewsTab pilot={pilot} />
        </Tabs.Panel>
        <Tabs.Panel value="documents" pt="md">
          <DocumentsTab pilot={pilot} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function Facts({ pilot }: { pilot: PilotView }) {
  const { t } = useTranslation('pilots');
  return (
    <Stack gap="xs">
      <List size="sm">
        <List.Item>
          {t('fields.organiser')}: {pilot.organiser.name}
        </List.Item>
        <List.Item>
          {t('fields.period')}: {formatDate(pilot.startsOn)} – {formatDate(pilot.endsOn)}
        </List.Item>
        <List.Item>
          {t('fields.testingPeriod')}: {formatDate(pilot.testingStartsOn)} – {formatDate(pilot.testingEndsOn)}{' '}
          ({t('fields.monthsCount', { count: pilot.testingMonths })})
        </List.Item>
        <List.Item>
          {t('fields.sitesToChoose')}: {pilot.chosenCount} / {pilot.sitesToChoose}
        </List.Item>
        <List.Item>
          {t('roles.qualitySpecialist')}: {pilot.qualitySpecialist?.displayName ?? t('detail.noRole')}
        </List.Item>
        <List.Item>
          {t('roles.learningExpert')}: {pilot.learningExpert?.displayName ?? t('detail.noRole')}
        </List.Item>
      </List>
      {pilot.abilities.manage && <EditFacts pilot={pilot} />}
    </Stack>
  );
}

function EditFacts({ pilot }: { pilot: PilotView }) {
  const { t } = useTranslation('pilots');
  const [opened, { open, close }] = useDisclosure(false);
  const update = usePilotChange<object>('PATCH', () => `/api/pilots/${pilot.id}`);
  return (
    <>
      <Group>
        <Button variant="default" onClick={open}>
          {t('edit.open')}
        </Button>
      </Group>
      <Modal
        opened={opened}
        onClose={close}
        title={t('edit.title')}
        centered
        size="lg"
        closeButtonProps={{ 'aria-label': t('close', { ns: 'common' }) }}
      >
        <PilotForm
          initial={pilotValuesOf(pilot)}
          error={update.error}
          pending={update.isPending}
          submitLabel={t('edit.submit')}
          onCancel={close}
          onSubmit={async (values) => {
            const saved = await update
              .mutateAsync({ ...pilotBody(values, true), version: pilot.version })
              .catch(() => undefined);
            if (saved) close();
          }}
        />
      </Modal>
    </>
  );
}
