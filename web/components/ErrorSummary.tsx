import { Alert, List, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
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
  const [labels, setLabels] = useState<Record<string, string>>({});
  const idOf = (field: string) => fieldIds[field] ?? `field-${field}`;
  // Callers pass a fresh object each render; the effect must run per error, not per render.
  const fieldIdsRef = useRef(fieldIds);
  fieldIdsRef.current = fieldIds;
  useEffect(() => {
    if (!error) return;
    ref.current?.focus();
    // Name each field by its visible label, so "required" five times still says which five.
    const found: Record<string, string> = {};
    for (const f of error instanceof ApiError ? error.fields : []) {
      const input = document.getElementById(
        fieldIdsRef.current[f.field] ?? `field-${f.field}`,
      ) as HTMLInputElement | null;
      const label = input?.labels?.[0]?.textContent?.replace(/\s*\*\s*$/, '').trim();
      if (label) found[f.field] = label;
    }
    setLabels(found);
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
              <a href={`#${idOf(f.field)}`}>
                {labels[f.field] ? `${labels[f.field]}: ${f.message}` : f.message}
              </a>
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
