import { Alert, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { ApiError } from '../../../lib/api';

/** The record as the server has it now, sent with a 409 when the version read was stale. */
export function conflictCurrent<T>(error: unknown): T | undefined {
  return error instanceof ApiError && error.status === 409
    ? (error.details as { current?: T } | undefined)?.current
    : undefined;
}

/**
 * The errors of an edit form: on a stale version, what happened and a button that restarts the
 * form from the current record; otherwise the usual error summary linking to each field.
 */
export function EditConflict<T>({
  error,
  message,
  fieldIds,
  onReload,
}: {
  error: unknown;
  message: string;
  fieldIds?: Record<string, string>;
  onReload: (current: T) => void;
}) {
  const { t } = useTranslation('partnerships');
  const current = conflictCurrent<T>(error);
  if (!current) return <ErrorSummary error={error} fieldIds={fieldIds} />;
  return (
    <Alert
      color="orange"
      variant="outline"
      title={t('form.conflictRecordTitle')}
      role="alert"
      data-testid="conflict"
    >
      <Text size="sm" mb="sm">
        {message}
      </Text>
      <Button size="xs" onClick={() => onReload(current)}>
        {t('form.reload')}
      </Button>
    </Alert>
  );
}
