import { useId, type ReactNode } from 'react'

export type TableColumn<Row> = {
  header: string
  cell: (row: Row, index: number) => ReactNode
  /** `ltr` for values that always read left to right (an email address), `auto` for what people typed. */
  dir?: 'ltr' | 'auto'
  /** The column that names each row: its cells are row headers. */
  rowHeader?: boolean
}

function idOf(row: unknown): string | undefined {
  const id = typeof row === 'object' && row !== null ? (row as { id?: unknown }).id : undefined
  return typeof id === 'string' ? id : undefined
}

/**
 * GOV.UK table: a caption, column headers with their scope, one row per item.
 * The caption is visually hidden unless asked for, since the page's heading
 * usually says the same; screen readers still announce it. With no rows, the
 * `empty` sentence stands in for the table.
 *
 * A captioned table keeps its words whole ("Attendant", not "Attenda|nt") and
 * scrolls sideways when it is wider than the page, in a group named by its
 * caption that keyboard users can focus to scroll it (axe:
 * scrollable-region-focusable). A group, not a region: the section around a
 * table often has the caption's name, and two regions of one name are one
 * landmark too many (axe: landmark-unique). A table with no caption has no
 * name to give its scroll area, so it wraps anywhere and never overflows.
 */
export function Table<Row>({
  caption,
  captionVisible = false,
  columns,
  rows,
  rowKey = (row, index) => idOf(row) ?? index,
  empty,
  testId,
}: {
  caption?: string
  captionVisible?: boolean
  columns: readonly TableColumn<Row>[]
  rows: readonly Row[]
  /** React's key for a row: its `id` when it has one. */
  rowKey?: (row: Row, index: number) => string | number
  /** A sentence (text only: it goes in a paragraph, where a block would split it). */
  empty?: string
  testId?: string
}) {
  const captionId = useId()
  if (rows.length === 0 && empty !== undefined) return <p className="body">{empty}</p>
  const table = (
    <table className="table" data-testid={testId}>
      {caption ? (
        <caption className={captionVisible ? 'table__caption' : 'visually-hidden'} id={captionId}>
          {caption}
        </caption>
      ) : null}
      <thead>
        <tr>
          {columns.map((column, i) => (
            <th scope="col" key={i}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={rowKey(row, index)}>
            {columns.map((column, i) =>
              column.rowHeader ? (
                <th scope="row" key={i} dir={column.dir}>
                  {column.cell(row, index)}
                </th>
              ) : (
                <td key={i} dir={column.dir}>
                  {column.cell(row, index)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
  if (!caption) return <div className="table-scroll">{table}</div>
  return (
    <div className="table-scroll" tabIndex={0} role="group" aria-labelledby={captionId}>
      {table}
    </div>
  )
}
