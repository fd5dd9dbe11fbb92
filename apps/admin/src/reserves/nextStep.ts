import { allowedReserveSteps, canAccess, type ReserveStatus, type ReserveStep, type Viewer } from '@liangwei/domain';

export type Decision = 'APPROVE' | 'REJECT';

/**
 * RES-3 The one step the viewer may take next on a candidacy: the API's `nextSteps` (decided by
 * the domain's workflow for the viewer's role), and only on a candidacy of a unit the viewer may
 * edit (ROLE-3). When the API did not say (an older record in the cache), the domain decides.
 */
export function nextStepOf(record: Record<string, unknown> | undefined, viewer: Viewer | null): ReserveStep | null {
  if (!record || !viewer) return null;
  const unitId = record.unitId == null ? undefined : String(record.unitId);
  if (!canAccess(viewer, 'edit', 'reserveCandidates', unitId)) return null;
  const steps = Array.isArray(record.nextSteps)
    ? (record.nextSteps as ReserveStep[])
    : typeof record.status === 'string'
      ? allowedReserveSteps(record.status as ReserveStatus, viewer.role)
      : [];
  const allowed = typeof record.status === 'string' ? allowedReserveSteps(record.status as ReserveStatus, viewer.role) : steps;
  return steps.find((s) => allowed.includes(s)) ?? null;
}

/** The message key of a step's button (提议 / 集体审议 / 办事处审查). */
export function stepActionKey(step: ReserveStep): string {
  return `app.reserve.action.${step}`;
}

/** The message key of what a step records as its note: the two committees keep minutes. */
export function stepNoteKey(step: ReserveStep): string {
  return step === 'COMMITTEE_REVIEW' ? 'app.reserve.minutes' : 'app.reserve.step_note';
}

/** The variables of a step's mutation from its dialog's values. */
export function stepVariables(id: string, values: { decision?: unknown; date?: unknown; note?: unknown }) {
  const note = typeof values.note === 'string' && values.note.trim() ? values.note.trim() : null;
  const date = typeof values.date === 'string' && values.date ? values.date : null;
  return { id, approve: values.decision !== 'REJECT', date, note };
}

const STEP_ORDER = ['RECOMMEND', 'PROPOSE', 'COMMITTEE_REVIEW', 'SUBDISTRICT_REVIEW', 'WITHDRAW'];

/**
 * RES-3 The steps of a candidacy in the order they happened: by date, and on the same date in
 * the order of the workflow (三荐, then 二议, then 一审查; leaving the pool last).
 */
export function orderSteps<T extends { date?: unknown; step?: unknown }>(steps: T[]): T[] {
  const rank = (s: T) => STEP_ORDER.indexOf(String(s.step));
  return [...steps].sort((a, b) => String(a.date ?? '').localeCompare(String(b.date ?? '')) || rank(a) - rank(b));
}
