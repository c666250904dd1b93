import { paint, printLine, type Output } from '../output.js';

/** One column: its heading and how to show a row's cell. */
export interface Column<Row> {
  readonly heading: string;
  readonly cell: (row: Row) => string;
}

/**
 * Prints rows as aligned columns with a heading line (bold on a terminal). Cells are single-line:
 * line breaks become spaces. The last column is not padded.
 */
export function printTable<Row>(output: Output, columns: readonly Column<Row>[], rows: readonly Row[]): void {
  const cells = rows.map((row) => columns.map((column) => column.cell(row).replace(/\s*\n\s*/g, ' ')));
  const widths = columns.map((column, index) =>
    Math.max(column.heading.length, ...cells.map((row) => (row[index] ?? '').length)),
  );
  const line = (values: readonly string[]) =>
    values
      .map((value, index) => (index === values.length - 1 ? value : value.padEnd(widths[index] ?? 0)))
      .join('  ')
      .trimEnd();
  printLine(output, paint(output, 'bold', line(columns.map((column) => column.heading))));
  for (const row of cells) printLine(output, line(row));
}
