import type { Sort, SortKey } from './table-sort.ts';

interface SortHeaderProps {
  label: string;
  sortKey: SortKey;
  sort: Sort;
  onSort: (key: SortKey) => void;
  numeric?: boolean;
  rowSpan?: number;
  className?: string;
}

/** A column header whose button sorts by it; aria-sort says which way, the arrow shows it. */
export function SortHeader({ label, sortKey, sort, onSort, numeric = false, rowSpan, className }: SortHeaderProps) {
  const direction = sort.key === sortKey ? sort.direction : 'none';
  const arrow = direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕';
  return (
    <th scope="col" rowSpan={rowSpan} aria-sort={direction} className={[numeric ? 'number' : '', className ?? ''].join(' ').trim() || undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(sortKey)}>
        {label}
        <span className={direction === 'none' ? 'sort-arrow is-idle' : 'sort-arrow'} aria-hidden="true">
          {arrow}
        </span>
      </button>
    </th>
  );
}
