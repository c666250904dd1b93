import type { ListPage } from '../backend/backend.js';
import { paint, printJson, printLine, type Output } from '../output.js';
import { printTable, type Column } from './print-table.js';

/**
 * Prints a page: JSON (`{ items, nextCursor? }`, the API's shape) with `json`, otherwise a table,
 * `empty` when there is nothing, and how to get the next page.
 */
export function printList<Row>(
  output: Output,
  page: ListPage<Row>,
  options: { json: boolean; columns: readonly Column<Row>[]; empty: string },
): void {
  if (options.json) {
    printJson(output, page);
    return;
  }
  if (page.items.length === 0) printLine(output, options.empty);
  else printTable(output, options.columns, page.items);
  if (page.nextCursor !== undefined) {
    output.stderr.write(`${paint(output, 'dim', `more: repeat with --cursor ${page.nextCursor}`)}\n`);
  }
}
