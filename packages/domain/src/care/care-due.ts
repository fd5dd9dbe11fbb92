import type { PolicyValues } from '../policy/parameters';
import { addYears, endOfYear, isIsoDate, type IsoDate } from '../shared/date';
import { Problems } from '../shared/errors';
import type { Labels } from '../shared/labels';

/** PAY-5 The care the subdistrict gives every Party secretary. */
export const CareKind = { HOME_VISIT: 'HOME_VISIT', PHYSICAL_EXAM: 'PHYSICAL_EXAM' } as const;
export type CareKind = (typeof CareKind)[keyof typeof CareKind];
export const careKindLabels: Labels<CareKind> = {
  HOME_VISIT: { zh: '走访', en: 'Home visit' },
  PHYSICAL_EXAM: { zh: '体检', en: 'Physical examination' },
};

/** PAY-5 A home visit or physical exam that took place. */
export interface CareEvent {
  cadreId: string;
  kind: CareKind;
  date: IsoDate;
}

/** PAY-5 A line of the care list. */
export interface CareDueItem {
  cadreId: string;
  kind: CareKind;
  /** The latest event of this kind on or before the reference date, or null when there is none. */
  lastDate: IsoDate | null;
  dueDate: IsoDate;
  /** Due before the reference date (a due date equal to it is due today, not overdue). */
  overdue: boolean;
}

export type CarePolicy = Pick<PolicyValues, 'homeVisitsPerYear' | 'examIntervalYears'>;

const KIND_ORDER: readonly CareKind[] = Object.values(CareKind);

/**
 * PAY-5 The care list on `asOf`: for each secretary ("secretary" = current holder of a unit's
 * Party secretary post, resolved by the caller), what is due on or before 31 Dec of asOf's year.
 * - Home visit (走访): at least `homeVisitsPerYear` (1) each calendar year. When fewer visits
 *   took place from 1 Jan of asOf's year up to asOf, one is due on 31 Dec of that year (so a
 *   visit is never overdue within its year; a visit last year does not count for this one).
 *   With `homeVisitsPerYear` = 0 no visit is ever due.
 * - Physical exam (体检): due `examIntervalYears` (2) years after the last exam, same day
 *   (addYears: 29 Feb → 28 Feb), or on asOf itself when never examined. Listed when the due
 *   date is on or before 31 Dec of asOf's year; an exam exactly two years ago is due today (not
 *   overdue), one two years and a day ago is overdue.
 * Events dated after asOf have not happened yet on asOf and are ignored; events of people who are
 * not in `secretaries` are ignored. Order: overdue first, then by due date, then cadreId, then
 * kind (visit before exam). ValidationError for a bad asOf, event date or parameter.
 */
export function careDue(secretaries: readonly { cadreId: string }[], events: readonly CareEvent[], asOf: IsoDate, policy: CarePolicy): CareDueItem[] {
  const problems = new Problems().check(isIsoDate(asOf), 'asOf', 'not a date (YYYY-MM-DD)', '统计日期格式应为 YYYY-MM-DD');
  problems.check(Number.isInteger(policy.homeVisitsPerYear) && policy.homeVisitsPerYear >= 0, 'homeVisitsPerYear', 'a whole number of at least 0 is required', '每年走访次数须为不小于 0 的整数');
  problems.check(Number.isInteger(policy.examIntervalYears) && policy.examIntervalYears >= 1, 'examIntervalYears', 'a whole number of at least 1 is required', '体检间隔年数须为不小于 1 的整数');
  events.forEach((event, i) => {
    problems.check(isIsoDate(event.date), `events[${i}].date`, 'not a date (YYYY-MM-DD)', `第${i + 1}条关怀记录的日期格式应为 YYYY-MM-DD`);
    problems.check(KIND_ORDER.includes(event.kind), `events[${i}].kind`, 'must be HOME_VISIT or PHYSICAL_EXAM', `第${i + 1}条关怀记录的类别须为走访或体检`);
  });
  problems.throwIfAny();

  const yearStart = `${asOf.slice(0, 4)}-01-01`;
  const yearEnd = endOfYear(asOf);
  const items: CareDueItem[] = [];
  for (const cadreId of new Set(secretaries.map((s) => s.cadreId))) {
    const past = events.filter((event) => event.cadreId === cadreId && event.date <= asOf);
    const latest = (kind: CareKind): IsoDate | null =>
      past.filter((event) => event.kind === kind).reduce<IsoDate | null>((max, event) => (max === null || event.date > max ? event.date : max), null);

    const visitsThisYear = past.filter((event) => event.kind === CareKind.HOME_VISIT && event.date >= yearStart).length;
    if (visitsThisYear < policy.homeVisitsPerYear) {
      items.push({ cadreId, kind: CareKind.HOME_VISIT, lastDate: latest(CareKind.HOME_VISIT), dueDate: yearEnd, overdue: yearEnd < asOf });
    }

    const lastExam = latest(CareKind.PHYSICAL_EXAM);
    const examDue = lastExam === null ? asOf : addYears(lastExam, policy.examIntervalYears);
    if (examDue <= yearEnd) items.push({ cadreId, kind: CareKind.PHYSICAL_EXAM, lastDate: lastExam, dueDate: examDue, overdue: examDue < asOf });
  }
  return items.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0) ||
      (a.cadreId < b.cadreId ? -1 : a.cadreId > b.cadreId ? 1 : 0) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
  );
}
