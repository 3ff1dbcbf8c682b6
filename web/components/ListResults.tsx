import { Loader, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from './EmptyState';
import { ListPager } from './ListPager';

/** The part of a list response every list page reads: how many match and how many a page holds. */
export interface ListPageData {
  total: number;
  pageSize: number;
}

/**
 * Everything a list page shows under its filters, in the one order every list uses: the load error
 * (role="alert"), the spinner while the first page loads, the empty state when nothing matches, or
 * the page's table followed by the pager. Kept in one place so that every list announces loading,
 * errors, "nothing found" and the result count the same way to screen readers, and so a fix to that
 * order lands on all lists at once. The page still words the empty state itself (a filtered search
 * wants "change the filters", an empty register "add the first one") and renders its own table.
 */
export function ListResults<D extends ListPageData>({
  query,
  page,
  onPageChange,
  empty,
  children,
}: {
  /** The list's TanStack Query result (only `data` and `error` are read). */
  query: { data?: D; error: Error | null };
  /** The current page, 1-based, as it stands in the URL. */
  page: number;
  onPageChange: (page: number) => void;
  empty: { title: string; hint?: string; action?: ReactNode };
  /** The table (and anything above it, such as a count) for a non-empty page. */
  children: (data: D) => ReactNode;
}) {
  const { t } = useTranslation();
  const { data, error } = query;
  return (
    <>
      {error && <Text role="alert">{error.message}</Text>}
      {!data && !error && <Loader aria-label={t('loading')} />}
      {data?.total === 0 && <EmptyState title={empty.title} hint={empty.hint} action={empty.action} />}
      {data && data.total > 0 && (
        <>
          {children(data)}
          <ListPager total={data.total} page={page} pageSize={data.pageSize} onChange={onPageChange} />
        </>
      )}
    </>
  );
}

/**
 * The search-params updater that moves a list to `page` and keeps its filters; page 1 is left out
 * of the URL so that the first page has one address. Use as `navigate({ search: toPage(page) })`.
 */
export function toPage(page: number) {
  return <S extends { page?: number }>(prev: S): S => ({ ...prev, page: page > 1 ? page : undefined });
}
