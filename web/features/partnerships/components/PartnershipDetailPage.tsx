import { Alert, Anchor, Group, Loader, Stack, Tabs, Text } from '@mantine/core';
import { Link, notFound, useLocation, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { PartnershipView } from '../../../../common/contracts/partnerships';
import { PageHeader } from '../../../components/PageHeader';
import { ApiError } from '../../../lib/api';
import { usePartnership } from '../api/get-partnership';
import { AgreementTab } from './agreement/AgreementTab';
import { DecisionsTab } from './DecisionsTab';
import { LifecycleTab } from './LifecycleTab';
import { stepLabel } from './labels';
import { MeetingsTab } from './MeetingsTab';
import { MembersTab } from './MembersTab';
import { OverviewTab } from './OverviewTab';
import { PartnershipStatusBadge } from './PartnershipStatusBadge';
import { BudgetTab } from './plan/BudgetTab';
import { PlanTab } from './plan/PlanTab';
import { ResourcesTab } from './plan/ResourcesTab';

/** The tabs only member institutions see; the overview and members are the public card. */
const privateTabs = ['lifecycle', 'meetings', 'decisions', 'agreement', 'plan', 'resources', 'budget'];

/**
 * A partnership's page. Everyone sees its public card (overview and members); its members also
 * see the lifecycle, meetings and decisions. Which buttons show is decided by the API's abilities.
 * A partnership that does not exist, or a private tab's address (#plan…) opened by a non-member,
 * is the not-found page: the address tells nothing a non-member may not know.
 */
export function PartnershipDetailPage() {
  const { id } = useParams({ from: '/authed/partnerships/$id' });
  const { t } = useTranslation('partnerships');
  const view = usePartnership(id);
  if (view.error instanceof ApiError && view.error.status === 404) throw notFound();
  if (!view.data)
    return view.error ? (
      <Text role="alert">{view.error.message}</Text>
    ) : (
      <Loader aria-label={t('loading', { ns: 'common' })} />
    );
  return <Detail view={view.data} />;
}

function Detail({ view }: { view: PartnershipView }) {
  const { t } = useTranslation('partnerships');
  const member = view.private !== null;
  // A link may open a tab by its hash (#agreement from the dashboard).
  const hash = useLocation({ select: (location) => location.hash });
  if (!member && privateTabs.includes(hash)) throw notFound();
  return (
    <Stack>
      <PageHeader title={view.name} />
      <Group gap="xs">
        <PartnershipStatusBadge status={view.status} />
        <Text size="sm">{t(`kinds.${view.kind}`)}</Text>
        {view.status === 'active' && <Text size="sm">· {stepLabel(t, view.currentStep)}</Text>}
      </Group>
      {/* The results hold the person's own words: members' staff read them, a platform admin does not. */}
      {view.isMember && (
        <Anchor
          size="sm"
          renderRoot={(props) => (
            <Link {...props} to="/partnerships/$id/survey-results" params={{ id: view.id }} />
          )}
        >
          {t('results.link', { ns: 'personVoice' })}
        </Anchor>
      )}
      {!member && (
        <Alert color="blue" variant="outline" data-testid="public-card">
          {t('detail.publicNotice')}
        </Alert>
      )}
      <Tabs defaultValue={member && privateTabs.includes(hash) ? hash : 'overview'} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="overview">{t('tabs.overview')}</Tabs.Tab>
          <Tabs.Tab value="members">{t('tabs.members')}</Tabs.Tab>
          {member && <Tabs.Tab value="lifecycle">{t('tabs.lifecycle')}</Tabs.Tab>}
          {member && <Tabs.Tab value="meetings">{t('tabs.meetings')}</Tabs.Tab>}
          {member && <Tabs.Tab value="decisions">{t('tabs.decisions')}</Tabs.Tab>}
          {member && <Tabs.Tab value="agreement">{t('tabs.agreement')}</Tabs.Tab>}
          {member && <Tabs.Tab value="plan">{t('tabs.plan', { ns: 'partnershipPlan' })}</Tabs.Tab>}
          {member && <Tabs.Tab value="resources">{t('tabs.resources', { ns: 'partnershipPlan' })}</Tabs.Tab>}
          {member && <Tabs.Tab value="budget">{t('tabs.budget', { ns: 'partnershipPlan' })}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <OverviewTab view={view} />
        </Tabs.Panel>
        <Tabs.Panel value="members" pt="md">
          <MembersTab view={view} />
        </Tabs.Panel>
        {member && (
          <>
            <Tabs.Panel value="lifecycle" pt="md">
              <LifecycleTab view={view} />
            </Tabs.Panel>
            <Tabs.Panel value="meetings" pt="md">
              <MeetingsTab view={view} />
            </Tabs.Panel>
            <Tabs.Panel value="decisions" pt="md">
              <DecisionsTab view={view} />
            </Tabs.Panel>
            <Tabs.Panel value="agreement" pt="md">
              <AgreementTab view={view} />
            </Tabs.Panel>
            <Tabs.Panel value="plan" pt="md">
              <PlanTab view={view} />
            </Tabs.Panel>
            <Tabs.Panel value="resources" pt="md">
              <ResourcesTab view={view} />
            </Tabs.Panel>
            <Tabs.Panel value="budget" pt="md">
              <BudgetTab view={view} />
            </Tabs.Panel>
          </>
        )}
      </Tabs>
      <Anchor component={Link} to="/partnerships">
        {t('detail.backToList')}
      </Anchor>
    </Stack>
  );
}
