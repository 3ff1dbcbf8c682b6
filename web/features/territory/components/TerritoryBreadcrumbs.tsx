import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { TerritorialUnitSummary } from '../../../../common/contracts/territory';
import { unitName } from '../../../lib/territory-label';

/** Poland › województwo › powiat › gmina: every step above the open unit leads back to it. */
export function TerritoryBreadcrumbs({ unit }: { unit?: TerritorialUnitSummary }) {
  const { t } = useTranslation('territory');
  const steps = unit ? unit.ancestors : [];
  return (
    <nav aria-label={t('browse.breadcrumbs')}>
      <Breadcrumbs separator="›" separatorMargin="xs" style={{ flexWrap: 'wrap' }}>
        {unit ? (
          <Anchor renderRoot={(props) => <Link {...props} to="/territory" search={{}} />}>
            {t('browse.root')}
          </Anchor>
        ) : (
          <Text aria-current="location">{t('browse.root')}</Text>
        )}
        {steps.map((step) => (
          <Anchor
            key={step.code}
            renderRoot={(props) => <Link {...props} to="/territory" search={{ unit: step.code }} />}
          >
            {unitName(step, t)}
          </Anchor>
        ))}
        {unit && (
          <Text aria-current="location" fw={600}>
            {unitName(unit, t)}
          </Text>
        )}
      </Breadcrumbs>
    </nav>
  );
}
