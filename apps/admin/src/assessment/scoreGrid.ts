import { SCORE_EPSILON, type UnitKind } from '@liangwei/domain';
import type { ScoreInput } from '../providers/operations';

/**
 * ASM-1/2 The score grid's logic, free of React: what a cell holds, whether it is valid, the live
 * row totals and column summaries, what a row sends to `setAssessmentScores`, where the API's
 * field errors (`scores.3.note`) belong, and how the keyboard moves between cells.
 */

export interface GridIndicator {
  id: string;
  name: string;
  maxPoints: number;
}

export interface GridUnit {
  id: string;
  name: string;
  kind: UnitKind;
  code?: string | null;
}

/** A cell as typed: the points and, for a deduction, its reason. */
export interface CellValue {
  points: string;
  note: string;
}

export type CellValues = Readonly<Record<string, CellValue>>;

/** What is wrong with a cell (message keys `app.scores.problem.<problem>`). */
export type CellProblem = 'not_number' | 'below_zero' | 'over_max' | 'note_required' | 'cleared';

export interface CellState {
  /** the points, or null while the cell is empty (not scored yet) or not a number */
  points: number | null;
  problem: CellProblem | null;
  /** below the indicator's maximum: the note (扣分原因) is asked for */
  deduction: boolean;
}

const EMPTY: CellValue = { points: '', note: '' };

/** Full-width digits, point and minus (a Chinese input method's) read as ASCII. */
function ascii(text: string): string {
  return text.replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[\uFF0E\u3002]/g, '.').replace(/[\uFF0D\u2212]/g, '-');
}

/** The points typed in a cell: null when empty, NaN when not a number. */
export function parsePoints(text: string | null | undefined): number | null {
  const trimmed = ascii(text ?? '').trim();
  if (trimmed === '') return null;
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(trimmed)) return Number.NaN;
  return Number(trimmed);
}

/**
 * ASM-1 A cell against its indicator: a number within 0..max; a deduction needs its reason. A
 * saved score cannot be emptied again (the API corrects a score, it never deletes one).
 */
export function checkCell(cell: CellValue | undefined, maxPoints: number, saved?: CellValue): CellState {
  const points = parsePoints(cell?.points);
  if (points === null) return { points: null, problem: saved && parsePoints(saved.points) !== null ? 'cleared' : null, deduction: false };
  if (Number.isNaN(points)) return { points: null, problem: 'not_number', deduction: false };
  if (points < -SCORE_EPSILON) return { points, problem: 'below_zero', deduction: false };
  if (points > maxPoints + SCORE_EPSILON) return { points, problem: 'over_max', deduction: false };
  const deduction = points < maxPoints - SCORE_EPSILON;
  return { points, problem: deduction && (cell?.note ?? '').trim() === '' ? 'note_required' : null, deduction };
}

/** A value of points for display, without binary noise (0.1 + 0.2). */
export function roundPoints(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

export interface RowSummary {
  /** the sum of the cells holding valid points (a cell out of range does not count) */
  total: number;
  scored: number;
  invalid: number;
  complete: boolean;
}

/** ASM-1 The live total of a unit's row, how many cells are scored and how many are wrong. */
export function rowSummary(cells: CellValues, indicators: readonly GridIndicator[], saved?: CellValues): RowSummary {
  let total = 0;
  let scored = 0;
  let invalid = 0;
  for (const indicator of indicators) {
    const state = checkCell(cells[indicator.id], indicator.maxPoints, saved?.[indicator.id]);
    if (state.problem === 'not_number' || state.problem === 'below_zero' || state.problem === 'over_max' || state.problem === 'cleared') invalid += 1;
    else if (state.points !== null) {
      total += state.points;
      scored += 1;
    }
    if (state.problem === 'note_required') invalid += 1;
  }
  return { total: roundPoints(total), scored, invalid, complete: indicators.length > 0 && scored === indicators.length };
}

/** A column: how many units are scored on the indicator, and how many cells of it are wrong. */
export function columnSummary(rows: readonly CellValues[], indicator: GridIndicator): { scored: number; invalid: number } {
  let scored = 0;
  let invalid = 0;
  for (const cells of rows) {
    const state = checkCell(cells[indicator.id], indicator.maxPoints);
    if (state.points !== null && state.problem !== 'over_max' && state.problem !== 'below_zero') scored += 1;
    if (state.problem) invalid += 1;
  }
  return { scored, invalid };
}

/** A stored score as a cell. */
export function savedCell(score: { points: number; note?: string | null }): CellValue {
  return { points: String(roundPoints(score.points)), note: score.note ?? '' };
}

/** The saved cells of every unit: unitId → indicatorId → cell. */
export function savedCells(scores: readonly { unitId: string; indicatorId: string; points: number; note?: string | null }[]): Record<string, Record<string, CellValue>> {
  const out: Record<string, Record<string, CellValue>> = {};
  for (const s of scores) (out[s.unitId] ??= {})[s.indicatorId] = savedCell(s);
  return out;
}

/** The row as the user sees it: the saved cells with the edits over them. */
export function mergeCells(saved: CellValues | undefined, edits: CellValues | undefined): CellValues {
  return { ...(saved ?? {}), ...(edits ?? {}) };
}

const same = (a: CellValue | undefined, b: CellValue | undefined) => {
  const x = a ?? EMPTY;
  const y = b ?? EMPTY;
  const px = parsePoints(x.points);
  const py = parsePoints(y.points);
  const points = px === null || py === null || Number.isNaN(px) || Number.isNaN(py) ? x.points.trim() === y.points.trim() : Math.abs(px - py) < SCORE_EPSILON;
  return points && x.note.trim() === y.note.trim();
};

/** Whether a row's edits change anything that is saved. */
export function isDirty(saved: CellValues | undefined, edits: CellValues | undefined): boolean {
  if (!edits) return false;
  return Object.keys(edits).some((id) => !same(saved?.[id], edits[id]));
}

/**
 * ASM-1/2 What a row sends to `setAssessmentScores`: every cell holding points, in the order of
 * the catalogue (an empty cell is not scored yet and is not sent); `indicatorIds[i]` names the
 * indicator of `scores[i]`, to place the API's field errors.
 */
export function rowPayload(cells: CellValues, indicators: readonly GridIndicator[]): { scores: ScoreInput[]; indicatorIds: string[] } {
  const scores: ScoreInput[] = [];
  for (const indicator of indicators) {
    const cell = cells[indicator.id];
    const points = parsePoints(cell?.points);
    if (points === null || Number.isNaN(points)) continue;
    const note = (cell?.note ?? '').trim();
    scores.push({ indicatorId: indicator.id, points, note: note === '' ? null : note });
  }
  return { scores, indicatorIds: scores.map((s) => s.indicatorId) };
}

export type CellErrors = Record<string, { points?: string; note?: string }>;

interface ProblemsCarrier {
  extensions?: { problems?: unknown };
}

/**
 * The API's field messages of a BAD_USER_INPUT answer (`extensions.problems`), in the console's
 * language where the API gives one (`messageZh`), else as `fallback` (the English ones).
 */
export function fieldMessages(graphQLErrors: readonly ProblemsCarrier[] | undefined, lang: 'zh' | 'en', fallback: Readonly<Record<string, string>> = {}): Record<string, string> {
  const out: Record<string, string> = { ...fallback };
  for (const error of graphQLErrors ?? []) {
    const problems = Array.isArray(error.extensions?.problems) ? (error.extensions.problems as { field?: unknown; message?: unknown; messageZh?: unknown }[]) : [];
    for (const p of problems) {
      if (typeof p.field !== 'string') continue;
      const text = lang === 'zh' && typeof p.messageZh === 'string' && p.messageZh ? p.messageZh : typeof p.message === 'string' ? p.message : undefined;
      if (text) out[p.field] = text;
    }
  }
  return out;
}

/**
 * The API's field errors of a row (`scores.3.note`, `scores.0.points`) on the cells they are
 * about; errors naming no cell (the row's total, the unit) are returned apart.
 */
export function cellErrorsOf(errors: Readonly<Record<string, string>>, indicatorIds: readonly string[]): { cells: CellErrors; other: string[] } {
  const cells: CellErrors = {};
  const other: string[] = [];
  for (const [field, message] of Object.entries(errors)) {
    const match = /^scores\.(\d+)\.(\w+)$/.exec(field);
    const indicatorId = match ? indicatorIds[Number(match[1])] : undefined;
    if (!match || !indicatorId) {
      other.push(message);
      continue;
    }
    const which = match[2] === 'note' ? 'note' : 'points';
    (cells[indicatorId] ??= {})[which] = message;
  }
  return { cells, other };
}

/** ASM-3 Villages, then communities, each by code (the demo's and the registry's order), then name. */
export function groupUnits<U extends GridUnit>(units: readonly U[]): { kind: UnitKind; units: U[] }[] {
  const order: UnitKind[] = ['VILLAGE', 'COMMUNITY'];
  const byCode = (a: U, b: U) => (a.code ?? '').localeCompare(b.code ?? '') || a.name.localeCompare(b.name, 'zh-CN');
  return order.map((kind) => ({ kind, units: units.filter((u) => u.kind === kind).sort(byCode) })).filter((g) => g.units.length > 0);
}

export interface CellPosition {
  row: number;
  col: number;
}

export type Move = 'next' | 'previous' | 'up' | 'down';

/** The move a key asks for in a cell: Enter / Shift+Enter along the rows, the arrows up and down. */
export function moveOfKey(key: string, shiftKey: boolean): Move | null {
  if (key === 'Enter') return shiftKey ? 'previous' : 'next';
  if (key === 'ArrowDown') return 'down';
  if (key === 'ArrowUp') return 'up';
  return null;
}

/**
 * The cell a move lands on, in a grid of `rows` × `cols`: next / previous go along the row and
 * on to the next (previous) row, up / down stay in the column; null at the edges.
 */
export function moveFrom(position: CellPosition, move: Move, rows: number, cols: number): CellPosition | null {
  if (rows <= 0 || cols <= 0) return null;
  const { row, col } = position;
  switch (move) {
    case 'next':
      if (col + 1 < cols) return { row, col: col + 1 };
      return row + 1 < rows ? { row: row + 1, col: 0 } : null;
    case 'previous':
      if (col > 0) return { row, col: col - 1 };
      return row > 0 ? { row: row - 1, col: cols - 1 } : null;
    case 'down':
      return row + 1 < rows ? { row: row + 1, col } : null;
    case 'up':
      return row > 0 ? { row: row - 1, col } : null;
  }
}
