import type { ReactNode } from 'react';
import { Pager, type PagerProps } from './Pager';

export interface Column {
  label: string;
  /** Right-aligned figures. */
  numeric?: boolean;
  /** Read to screen readers only: a column of buttons needs a name, not a visible heading. */
  srOnly?: boolean;
}

interface Props {
  className: string;
  columns: Column[];
  /** The rows (`<tr>`s), in the columns' order. */
  children: ReactNode;
  /** A long list read a page at a time: the pager under the table. */
  pager?: PagerProps;
}

/** The app's lists: headings that say what each column holds, the rows, and a pager when paged. */
export function DataTable({ className, columns, children, pager }: Props) {
  return (
    <>
      <table className={className}>
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className={column.numeric ? 'num' : undefined}>
                {column.srOnly ? <span className="sr-only">{column.label}</span> : column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
      {pager && <Pager {...pager} />}
    </>
  );
}
