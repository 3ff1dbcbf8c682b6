import { Alert, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api';

/** The record as the server has it now, which a 409 on a stale version carries; none otherwise. */
export const currentOf = <T,>(error: unknown): T | undefined =>
  error instanceof ApiError && error.status === 409
    ? (error.details as { current?: T } | undefined)?.current
    : undefined;

/**
 * Someone else saved first: the user's changes were not saved, and "load the current data"
 * restarts the form from the record as it is now.
 */
export function ConflictNotice({ title, onReload }: { title: string; onReload: () => void }) {
  const { t } = useTranslation('socialServices');
  return (
    <Alert color="orange" variant="outline" title={title} role="alert" data-testid="conflict">
      <Text size="sm" mb="sm">
        {t('form.conflictBody')}
      </Text>
      <Button size="xs" onClick={onReload}>
        {t('form.reload')}
      </Button>
    </Alert>
  );
}
