import { roundYuan } from '@liangwei/domain';

/** PAY-1 How many records of a pay report are below their floor and what is missing in all; whether any floor is known. */
export function paySummary(rows: readonly { belowFloor?: boolean | null; shortfall?: number | null }[]): { below: number; shortfall: number; floorKnown: boolean } {
  const below = rows.filter((r) => r.belowFloor === true);
  return {
    below: below.length,
    shortfall: roundYuan(below.reduce((sum, r) => sum + (r.shortfall ?? 0), 0)),
    floorKnown: rows.some((r) => r.belowFloor != null),
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
