/** PAY-5 The care list in figures: items overdue, and all items due by the end of the year. */
export function careSummary(rows: readonly { overdue: boolean }[]): { overdue: number; due: number } {
  return { overdue: rows.filter((r) => r.overdue).length, due: rows.length };
}
