import { roundYuan } from '@liangwei/domain';

type PayRow = { belowFloor?: boolean | null; shortfall?: number | null };

/**
 * PAY-1 How many records of a pay report are below their floor and what is missing in all;
 * whether any floor is known. `server.below` is the API's count of the records below their floor
 * (the rows may be only its first page); `server.rows`, other rows of the report (a page shown).
 */
export function paySummary(rows: readonly PayRow[], server: { below?: number; rows?: readonly PayRow[] } = {}): { below: number; shortfall: number; floorKnown: boolean } {
  const below = rows.filter((r) => r.belowFloor === true);
  return {
    below: server.below ?? below.length,
    shortfall: roundYuan(below.reduce((sum, r) => sum + (r.shortfall ?? 0), 0)),
    floorKnown: rows.some((r) => r.belowFloor != null) || (server.rows ?? []).some((r) => r.belowFloor != null),
  };
}

/** PAY-2 The allowance report in figures: months paid and the sum, months failed, months not checked. */
export function allowanceSummary(rows: readonly { due: boolean; amount: number; reason: string }[]): { due: number; amount: number; failed: number; notChecked: number } {
  return {
    due: rows.filter((r) => r.due).length,
    amount: roundYuan(rows.reduce((sum, r) => sum + r.amount, 0)),
    failed: rows.filter((r) => r.reason === 'FAILED').length,
    notChecked: rows.filter((r) => r.reason === 'NOT_CHECKED').length,
  };
}
