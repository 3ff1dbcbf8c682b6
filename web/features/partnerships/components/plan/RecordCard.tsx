import { Button, Group, Paper, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../../../components/ConfirmAction';

/** One record of the plan with its change and remove buttons; removing asks first. */
export function RecordCard({
  children,
  label,
  onEdit,
  onRemove,
  removing,
}: {
  children: ReactNode;
  /** Names the record for the buttons of screen readers. */
  label: string;
  onEdit?: () => void;
  onRemove?: () => Promise<unknown>;
  removing?: boolean;
}) {
  const { t } = useTranslation('partnershipPlan');
  return (
    <Paper withBorder p="sm">
      <Stack gap={4}>
        {children}
        {(onEdit || onRemove) && (
          <Group gap="xs">
            {onEdit && (
              <Button
                size="xs"
                variant="default"
                onClick={onEdit}
                aria-label={`${t('actions.edit')}: ${label}`}
              >
                {t('actions.edit')}
              </Button>
            )}
            {onRemove && (
              <ConfirmAction
                size="xs"
                label={t('actions.remove')}
                aria-label={`${t('actions.remove')}: ${label}`}
                title={t('actions.removeTitle')}
                message={`${label} — ${t('actions.removeMessage')}`}
                confirmLabel={t('actions.remove')}
                loading={removing}
                onConfirm={onRemove}
              />
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
