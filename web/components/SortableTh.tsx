import { Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowsSort, IconArrowUp } from '@tabler/icons-react';

/**
 * A table header that sorts by its column: the first click ascending (descending where
 * `descendingFirst`, as for "last changed": newest first), the next reverses. Sorts are the API's
 * `column` / `-column` strings; the header tells screen readers the order (aria-sort).
 */
export function SortableTh<S extends string>({
  column,
  label,
  sortLabel,
  sort,
  onSort,
  descendingFirst = false,
}: {
  column: S;
  label: string;
  /** What the button says to a screen reader, e.g. "Sort by: Due". */
  sortLabel: string;
  sort: string;
  onSort: (sort: S) => void;
  descendingFirst?: boolean;
}) {
  const direction = sort === column ? 'ascending' : sort === `-${column}` ? 'descending' : undefined;
  const first = descendingFirst ? `-${column}` : column;
  const next = (direction === 'ascending' ? `-${column}` : direction ? column : first) as S;
  const Icon =
    direction === 'ascending' ? IconArrowUp : direction === 'descending' ? IconArrowDown : IconArrowsSort;
  return (
    <Table.Th scope="col" aria-sort={direction ?? 'none'}>
      <UnstyledButton
        onClick={() => onSort(next)}
        aria-label={sortLabel}
        style={{ display: 'inline-flex', alignItems: 'center', gap: 4, fontWeight: 700 }}
      >
        {label}
        <Icon size={14} aria-hidden />
      </UnstyledButton>
    </Table.Th>
  );
}
