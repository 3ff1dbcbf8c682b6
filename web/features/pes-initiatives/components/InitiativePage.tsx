import { Alert, Anchor, Button, Group, List, Loader, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { InitiativeLegalForm, InitiativeView } from '../../../../common/contracts/pes-initiatives';
import { formatPln } from '../../../../common/money';
import { PageHeader } from '../../../components/PageHeader';
import { currentLocale } from '../../../lib/i18n';
import { unitLabel } from '../../../lib/territory-label';
import { initiativePdfUrl, useInitiative, useUpdateInitiative } from '../api/initiatives';
import { FoundersSection } from './FoundersSection';
import { formValuesOf, InitiativeForm } from './InitiativeForm';
import { StateBadge } from './InitiativesPage';
import { MilestonesSection } from './MilestonesSection';
import { PathSection } from './PathSection';
import { StateActions } from './StateActions';
import { SupportSection } from './SupportSection';

/** One initiative group: its facts, founders check, preparation path, support and milestones. */
export function InitiativePage() {
  const { t } = useTranslation('pesInitiatives');
  const { id } = useParams({ from: '/authed/pes-initiatives/$id' });
  const query = useInitiative(id);
  if (query.error) return <Text role="alert">{query.error.message}</Text>;
  if (!query.data) return <Loader aria-label={t('loading', { ns: 'common' })} />;
  const initiative = query.data;
  return (
    <Stack>
      <PageHeader title={initiative.name} />
      <Group>
        <StateBadge state={initiative.state} />
        <Anchor component={Link} to="/pes-initiatives">
          {t('back')}
        </Anchor>
        <Anchor href={initiativePdfUrl(initiative.id)} download data-testid="initiative-pdf">
          {t('pdf')}
        </Anchor>
      </Group>
      {initiative.registeredInstitution && (
        <Alert color="teal.9" variant="outline" title={t('registered.title')} data-testid="registered-pes">
          <Anchor
            renderRoot={(props) => (
              <Link {...props} to="/institutions/$id" params={{ id: initiative.registeredInstitution!.id }} />
            )}
          >
            {t('registered.link', { name: initiative.registeredInstitution.name })}
          </Anchor>
        </Alert>
      )}
      {initiative.abandonReason && (
        <Alert color="gray" variant="outline" title={t('states.abandoned')}>
          {initiative.abandonReason}
        </Alert>
      )}
      <Facts initiative={initiative} />
      <StateActions initiative={initiative} />
      <FoundersSection initiative={initiative} />
      <PathSection initiative={initiative} />
      <SupportSection initiative={initiative} />
      <MilestonesSection key={initiative.version} initiative={initiative} />
    </Stack>
  );
}

function Facts({ initiative }: { initiative: InitiativeView }) {
  const { t } = useTranslation('pesInitiatives');
  const { t: tt } = useTranslation('territory');
  return (
    <Stack gap="xs">
      <List size="sm">
        <List.Item>
          {t('form.legalForm')}: {t(`legalForms.${initiative.legalForm}`)}
        </List.Item>
        <List.Item>
          {t('form.jst')}: {initiative.jst.name} ({unitLabel(initiative.territory, tt)})
        </List.Item>
        <List.Item>
          {t('form.serviceTypes')}: {initiative.serviceTypes.map((s) => s.name).join(', ')}
        </List.Item>
        <List.Item data-testid="planned-for">
          {t('form.plannedCommissionId')}: <PlannedFor initiative={initiative} />
        </List.Item>
        {initiative.plannedCommission && (
          <List.Item>
            {t('form.plannedCommission')}: {initiative.plannedCommission}
          </List.Item>
        )}
        <List.Item>
          {t('form.owes')}: {initiative.owes.name}
        </List.Item>
        <List.Item>
          {t('form.pup')}: {initiative.pup?.name ?? '—'}
        </List.Item>
      </List>
      {initiative.abilities.update && <EditFacts initiative={initiative} />}
    </Stack>
  );
}

/** The commission of the JST's plan the group prepares for, linking to the plan's page. */
function PlannedFor({ initiative }: { initiative: InitiativeView }) {
  const { t } = useTranslation('pesInitiatives');
  const { t: tc } = useTranslation('commissioning');
  const c = initiative.plannedFor;
  if (!c) return <>{t('plannedForNone')}</>;
  return (
    <>
      <Anchor renderRoot={(props) => <Link {...props} to="/commissioning/$id" params={{ id: c.planId }} />}>
        {c.planTitle}
      </Anchor>
      {` (${tc(`states.${c.planState}`)}): ${c.serviceType.name}, ${tc(`modes.${c.mode}`)}, ${
        c.quarter ? `Q${c.quarter} ` : ''
      }${c.year}, ${formatPln(c.budget, currentLocale())}`}
    </>
  );
}

function EditFacts({ initiative }: { initiative: InitiativeView }) {
  const { t } = useTranslation('pesInitiatives');
  const [opened, { open, close }] = useDisclosure(false);
  const update = useUpdateInitiative(initiative.id);
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
        <InitiativeForm
          initial={formValuesOf(initiative)}
          error={update.error}
          pending={update.isPending}
          submitLabel={t('edit.submit')}
          onCancel={close}
          onSubmit={async (values) => {
            const saved = await update
              .mutateAsync({
                ...values,
                legalForm: values.legalForm as InitiativeLegalForm,
                version: initiative.version,
              })
              .catch(() => undefined);
            if (saved) close();
          }}
        />
      </Modal>
    </>
  );
}
