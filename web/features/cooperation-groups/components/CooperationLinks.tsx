import { Anchor, Group } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** The model's other pages: the authorisations, the mayor's summary and the record for the ROPS. */
export function CooperationLinks() {
  const { t } = useTranslation('cooperationGroups');
  return (
    <Group component="nav" aria-label={t('title')} gap="lg">
      <Anchor component={Link} to="/cooperation-groups/authorisations">
        {t('links.authorisations')}
      </Anchor>
      <Anchor component={Link} to="/cooperation-groups/summary">
        {t('links.summary')}
      </Anchor>
      <Anchor component={Link} to="/cooperation-groups/summaries">
        {t('links.periodSummaries')}
      </Anchor>
      <Anchor component={Link} to="/cooperation-groups/needs-reports">
        {t('links.needsReports')}
      </Anchor>
    </Group>
  );
}
