import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReferralState, ReferralView } from '../../../../../common/contracts/referrals';

const colors: Record<ReferralState, string> = {
  issued: 'blue.9',
  accepted: 'teal.9',
  rejected: 'red.9',
  // Mantine's darkest green (#2b8a3e) gives white text only 4.36:1; this one meets 4.5:1.
  inService: '#1b5e20',
  completed: 'gray.8',
  revoked: 'red.9',
  expired: 'orange.9',
};

/** The referral's state, and for an issued one whether the operator has entered the code. */
export function ReferralStateBadge({ referral }: { referral: ReferralView }) {
  const { t } = useTranslation('referrals');
  return (
    <Group gap={4}>
      <Badge variant="filled" color={colors[referral.state]}>
        {t(`states.${referral.state}`)}
      </Badge>
      {referral.state === 'issued' && (
        <Badge variant="outline" color="dark">
          {t(referral.redeemed ? 'redeemedBadge' : 'waitingBadge')}
        </Badge>
      )}
    </Group>
  );
}
