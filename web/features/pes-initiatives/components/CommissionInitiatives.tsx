import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { InitiativeView } from '../../../../common/contracts/pes-initiatives';
import { StateBadge } from './InitiativesPage';

/**
 * On a commissioning plan's page, beside a commission: the initiative groups preparing a new PES
 * for it, as far as the reader may see them (their OWES, PUP and the plan's JST do).
 */
export function CommissionInitiatives({
  initiatives,
  commissionId,
}: {
  initiatives: InitiativeView[];
  commissionId: string;
}) {
  const { t } = useTranslation('pesInitiatives');
  const mine = initiatives.filter((i) => i.plannedFor?.commissionId === commissionId);
  if (mine.length === 0) return <Text size="sm">{t('forPlan.none')}</Text>;
  return (
    <Stack gap={4} data-testid="commission-initiatives">
      {mine.map((i) => (
        <Text size="sm" key={i.id}>
          <Anchor
            aria-label={t('forPlan.link', { name: i.name })}
            renderRoot={(props) => <Link {...props} to="/pes-initiatives/$id" params={{ id: i.id }} />}
          >
            {i.name}
          </Anchor>{' '}
          <StateBadge state={i.state} />
        </Text>
      ))}
    </Stack>
  );
}
