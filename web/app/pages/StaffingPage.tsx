import { Stack } from '@mantine/core';
import { NeedMatchesSection } from '../../features/preparation-programmes/components/NeedMatchesSection';
import { StaffingNeedsPage } from '../../features/staffing-needs/components/StaffingNeedsPage';

/**
 * The staffing needs page with, below the needs, the CIS and KIS graduates proposed for the
 * provider's own needs: features do not import each other, so the page composes them here.
 */
export function StaffingPage() {
  return (
    <Stack gap="xl">
      <StaffingNeedsPage />
      <NeedMatchesSection />
    </Stack>
  );
}
