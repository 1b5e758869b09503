import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Sort, sortRows } from './sort-rows.ts';

export interface Column<Row> {
  /** The header, also each cell's label when rows stack into cards on narrow screens. */
  header: string;
  cell: (row: Row) => ReactNode;
  /** The first column names the row (a row header). */
  rowHeader?: boolean;
  /** Numbers align right. */
  numeric?: boolean;
  /** What the column sorts by; without it, the column's header is no sort button. */
  sortBy?: (row: Row) => string | number | null | undefined;
}

/**
 * The portal's one table: a caption for screen readers, a header per column, rows that stack into cards on
 * narrow screens (labelled by their column's header), and sorting on the columns that allow it.
 */
export function DataTable<Row>(props: {
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  caption: string;
  rowKey: (row: Row) => string;
  /** Shown instead of an empty table. */
  empty: string;
}) {
  const { i18n } = useTranslation();
  const [sort, setSort] = useState<Sort>();
  if (props.rows.length === 0) return <p role="status">{props.empty}</p>;
  const rows = sortRows(props.rows, props.columns, sort, i18n.language);
  const toggle = (index: number) =>
    setSort(
      sort?.column === index && sort.direction === 'ascending'
        ? { column: index, direction: 'descending' }
        : { column: index, direction: 'ascending' },
    );
  return (
    <div className="table-scroll">
      <table className="table table--stacking">
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            {props.columns.map((column, index) => (
              <th
                key={column.header}
                scope="col"
                className={column.numeric ? 'number' : undefined}
                aria-sort={sort?.column === index ? sort.direction : undefined}
              >
                {column.sortBy ? (
                  <button type="button" className="table__sort" onClick={() => toggle(index)}>
                    {column.header}
                  </button>
                ) : (
                  column.header
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={props.rowKey(row)}>
              {props.columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.header} scope="row" data-label={column.header}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td
                    key={column.header}
                    data-label={column.header}
                    className={column.numeric ? 'number' : undefined}
                  >
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
