import { Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** What an empty list shows: what it means and what to do next. */
export function EmptyState({ title, hint, action }: { title: string; hint?: string; action?: ReactNode }) {
  return (
    <Paper withBorder p="xl" data-testid="empty-state">
      <Stack align="center" gap="xs">
        <Text fw={600}>{title}</Text>
        {hint && <Text size="sm">{hint}</Text>}
        {action}
      </Stack>
    </Paper>
  );
}
