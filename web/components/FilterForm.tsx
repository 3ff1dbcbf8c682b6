import { Button, Group, TextInput } from '@mantine/core';
import { type ReactNode, useEffect, useState } from 'react';

/**
 * The filter form above a list: the free-text search box (always first, always `#filter-q`, so
 * links, tests and users find it the same way on every list), the page's other filters in one
 * wrapping row, the search button, and (where the page offers one) a button that clears them
 * all. Filters apply on submit, not on each key press, so the URL (and the browser history) gets
 * one entry per search and screen-reader users are not interrupted by a list that reloads while
 * they type. The form sits in a named search landmark (`<search>`, `label`), like the filter
 * panels of the older lists, so screen-reader users find it the same way on every list.
 */
export function FilterForm({
  label,
  query,
  submitLabel,
  clearLabel,
  onSubmit,
  onClear,
  children,
}: {
  label: string;
  /** The free-text search box: its label and the draft text. */
  query: { label: string; value: string; onChange: (value: string) => void };
  submitLabel: string;
  /** With `onClear`, shows the clear button. */
  clearLabel?: string;
  onSubmit: () => void;
  onClear?: () => void;
  /** The page's other filter fields. */
  children?: ReactNode;
}) {
  return (
    <search aria-label={label}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <Group align="flex-end" wrap="wrap">
          <TextInput
            id="filter-q"
            type="search"
            label={query.label}
            value={query.value}
            onChange={(e) => query.onChange(e.currentTarget.value)}
          />
          {children}
          <Button type="submit">{submitLabel}</Button>
          {onClear && clearLabel && (
            <Button variant="default" onClick={onClear}>
              {clearLabel}
            </Button>
          )}
        </Group>
      </form>
    </search>
  );
}

/**
 * The values a filter form is being edited to, before they are applied. They start from the
 * filters in the URL and are read again whenever those change (clear, back button, a link to a
 * filtered list), so the form never shows filters other than the ones the list is filtered by.
 * Returns the draft and a setter that changes some of its fields.
 */
export function useFilterDraft<D extends Record<string, unknown>>(
  fromUrl: D,
): [D, (patch: Partial<D>) => void] {
  const [draft, setDraft] = useState(fromUrl);
  const key = JSON.stringify(fromUrl);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `fromUrl`, a new object on every render.
  useEffect(() => setDraft(fromUrl), [key]);
  return [draft, (patch) => setDraft((current) => ({ ...current, ...patch }))];
}
