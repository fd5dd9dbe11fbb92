/**
 * PAY-5 The care list in figures: items overdue, and all items due by the end of the year. The
 * rows are a page of the list in the API's order (overdue first); `total` is the API's count of
 * the whole list, else the rows are the whole list.
 */
export function careSummary(rows: readonly { overdue: boolean }[], total?: number): { overdue: number; due: number } {
  return { overdue: rows.filter((r) => r.overdue).length, due: total ?? rows.length };
}
