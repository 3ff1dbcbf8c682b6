import { Alert, List, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api';

/**
 * The GOV.UK error summary: at the top of a form, focused when it appears, each message a link
 * to its field. `fieldIds` maps the API's field names to the ids of the inputs.
 */
export function ErrorSummary({
  error,
  fieldIds = {},
}: {
  error: unknown;
  fieldIds?: Record<string, string>;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;
  const apiError = error instanceof ApiError ? error : undefined;
  const message = apiError?.message ?? (error instanceof Error ? error.message : String(error));
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="red"
      variant="outline"
      title={t('errorSummaryTitle')}
      role="alert"
      mb="md"
      data-testid="error-summary"
    >
      <Text size="sm">{message}</Text>
      {apiError && apiError.fields.length > 0 && (
        <List size="sm" mt="xs">
          {apiError.fields.map((f) => (
            <List.Item key={`${f.field}-${f.code}`}>
              <a href={`#${fieldIds[f.field] ?? `field-${f.field}`}`}>{f.message}</a>
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

/** The message for one field from an API validation error, for the input's `error` prop. */
export function fieldError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.fields.find((f) => f.field === field)?.message;
}
