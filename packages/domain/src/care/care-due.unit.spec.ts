import { describe, expect, it } from 'vitest';
import { defaultPolicy, effectivePolicy } from '../policy/parameters';
import { ValidationError } from '../shared/errors';
import { enumValues } from '../shared/labels';
import { careDue, CareKind, careKindLabels, type CareDueItem, type CareEvent } from './care-due';

const policy = defaultPolicy;
const TODAY = '2025-06-15';

const visit = (cadreId: string, date: string): CareEvent => ({ cadreId, kind: CareKind.HOME_VISIT, date });
const exam = (cadreId: string, date: string): CareEvent => ({ cadreId, kind: CareKind.PHYSICAL_EXAM, date });

/** The item of one kind for one cadre, or undefined when nothing of that kind is due. */
function itemOf(items: CareDueItem[], cadreId: string, kind: CareKind): CareDueItem | undefined {
  return items.find((i) => i.cadreId === cadreId && i.kind === kind);
}

describe('PAY-5 care labels', () => {
  it('PAY-5 home visit 走访, physical exam 体检', () => {
    expect(enumValues(careKindLabels)).toEqual([CareKind.HOME_VISIT, CareKind.PHYSICAL_EXAM]);
    expect(careKindLabels.HOME_VISIT.zh).toBe('走访');
    expect(careKindLabels.PHYSICAL_EXAM.zh).toBe('体检');
  });
});

describe('PAY-5 careDue: home visits, at least once each calendar year', () => {
  it('PAY-5 no visit this year: a visit is due on 31 Dec of this year, not overdue', () => {
    const item = itemOf(careDue([{ cadreId: 's1' }], [exam('s1', '2025-01-10')], TODAY, policy), 's1', CareKind.HOME_VISIT);
    expect(item).toEqual({ cadreId: 's1', kind: CareKind.HOME_VISIT, lastDate: null, dueDate: '2025-12-31', overdue: false });
  });

  it('PAY-5 a visit on 1 Jan of this year satisfies the year', () => {
    expect(itemOf(careDue([{ cadreId: 's1' }], [visit('s1', '2025-01-01')], TODAY, policy), 's1', CareKind.HOME_VISIT)).toBeUndefined();
  });

  it('PAY-5 a visit on asOf itself satisfies the year', () => {
    expect(itemOf(careDue([{ cadreId: 's1' }], [visit('s1', TODAY)], TODAY, policy), 's1', CareKind.HOME_VISIT)).toBeUndefined();
  });

  it('PAY-5 a visit last year (even 31 Dec) does not satisfy this year; it is shown as the last visit', () => {
    const item = itemOf(careDue([{ cadreId: 's1' }], [visit('s1', '2024-12-31'), visit('s1', '2024-03-01')], TODAY, policy), 's1', CareKind.HOME_VISIT);
    expect(item).toEqual({ cadreId: 's1', kind: CareKind.HOME_VISIT, lastDate: '2024-12-31', dueDate: '2025-12-31', overdue: false });
  });

  it('PAY-5 a visit dated after asOf has not happened yet and is ignored', () => {
    const item = itemOf(careDue([{ cadreId: 's1' }], [visit('s1', '2025-06-16')], TODAY, policy), 's1', CareKind.HOME_VISIT);
    expect(item?.dueDate).toBe('2025-12-31');
    expect(item?.lastDate).toBeNull();
  });

  it('PAY-5 on 31 Dec a missing visit is due today, still not overdue', () => {
    const item = itemOf(careDue([{ cadreId: 's1' }], [], '2025-12-31', policy), 's1', CareKind.HOME_VISIT);
    expect(item).toMatchObject({ dueDate: '2025-12-31', overdue: false });
  });

  it('PAY-5 homeVisitsPerYear 2: one visit this year is not enough, two are', () => {
    const twice = effectivePolicy({ homeVisitsPerYear: 2 });
    expect(itemOf(careDue([{ cadreId: 's1' }], [visit('s1', '2025-02-01')], TODAY, twice), 's1', CareKind.HOME_VISIT)).toMatchObject({ lastDate: '2025-02-01', dueDate: '2025-12-31' });
    expect(itemOf(careDue([{ cadreId: 's1' }], [visit('s1', '2025-02-01'), visit('s1', '2025-05-01')], TODAY, twice), 's1', CareKind.HOME_VISIT)).toBeUndefined();
  });

  it('PAY-5 homeVisitsPerYear 0: no visit is ever due', () => {
    expect(itemOf(careDue([{ cadreId: 's1' }], [], TODAY, effectivePolicy({ homeVisitsPerYear: 0 })), 's1', CareKind.HOME_VISIT)).toBeUndefined();
  });
});

describe('PAY-5 careDue: physical exam every two years', () => {
  it('PAY-5 boundary: an exam exactly two years ago is due today, not overdue', () => {
    const item = itemOf(careDue([{ cadreId: 's1' }], [exam('s1', '2023-06-15')], TODAY, policy), 's1', CareKind.PHYSICAL_EXAM);
    expect(item).toEqual({ cadreId: 's1', kind: CareKind.PHYSICAL_EXAM, lastDate: '2023-06-15', dueDate: TODAY, overdue: false });
  });

  it('PAY-5 boundary: an exam two years and one day ago is overdue', () => {
    const item = itemOf(careDue([{ cadreId: 's1' }], [exam('s1', '2023-06-14')], TODAY, policy), 's1', CareKind.PHYSICAL_EXAM);
    expect(item).toMatchObject({ dueDate: '2025-06-14', overdue: true });
  });

  it('PAY-5 never examined: due at once (asOf itself), not overdue', () => {
    const item = itemOf(careDue([{ cadreId: 's1' }], [], TODAY, policy), 's1', CareKind.PHYSICAL_EXAM);
    expect(item).toEqual({ cadreId: 's1', kind: CareKind.PHYSICAL_EXAM, lastDate: null, dueDate: TODAY, overdue: false });
  });

  it('PAY-5 an exam falling due later this year is listed (due by 31 Dec), not overdue', () => {
    const item = itemOf(careDue([{ cadreId: 's1' }], [exam('s1', '2023-12-31')], TODAY, policy), 's1', CareKind.PHYSICAL_EXAM);
    expect(item).toMatchObject({ dueDate: '2025-12-31', overdue: false });
  });

  it('PAY-5 an exam falling due next year is not listed', () => {
    expect(itemOf(careDue([{ cadreId: 's1' }], [exam('s1', '2024-01-01')], TODAY, policy), 's1', CareKind.PHYSICAL_EXAM)).toBeUndefined();
  });

  it('PAY-5 the latest exam counts, whatever the order of the events', () => {
    const item = itemOf(careDue([{ cadreId: 's1' }], [exam('s1', '2023-09-01'), exam('s1', '2021-01-01'), exam('s1', '2022-05-05')], TODAY, policy), 's1', CareKind.PHYSICAL_EXAM);
    expect(item).toMatchObject({ lastDate: '2023-09-01', dueDate: '2025-09-01', overdue: false });
  });

  it('PAY-5 an exam on 29 Feb falls due on 28 Feb two years later (addYears)', () => {
    const item = itemOf(careDue([{ cadreId: 's1' }], [exam('s1', '2024-02-29')], '2026-03-01', policy), 's1', CareKind.PHYSICAL_EXAM);
    expect(item).toMatchObject({ dueDate: '2026-02-28', overdue: true });
  });

  it('PAY-5 an exam dated after asOf is ignored (not yet happened)', () => {
    const item = itemOf(careDue([{ cadreId: 's1' }], [exam('s1', '2023-01-01'), exam('s1', '2025-07-01')], TODAY, policy), 's1', CareKind.PHYSICAL_EXAM);
    expect(item).toMatchObject({ lastDate: '2023-01-01', dueDate: '2025-01-01', overdue: true });
  });

  it('PAY-5 the interval is a policy parameter (1 year)', () => {
    const item = itemOf(careDue([{ cadreId: 's1' }], [exam('s1', '2024-06-16')], TODAY, effectivePolicy({ examIntervalYears: 1 })), 's1', CareKind.PHYSICAL_EXAM);
    expect(item).toMatchObject({ dueDate: '2025-06-16', overdue: false });
  });
});

describe('PAY-5 careDue: the list', () => {
  it('PAY-5 overdue first, then by due date, then cadreId, then visit before exam', () => {
    const secretaries = [{ cadreId: 's3' }, { cadreId: 's2' }, { cadreId: 's1' }, { cadreId: 's4' }];
    const events = [
      exam('s1', '2023-03-01'), // due 2025-03-01, overdue
      visit('s1', '2025-02-01'),
      exam('s2', '2022-01-01'), // due 2024-01-01, overdue (earlier)
      exam('s3', '2023-08-01'), // due 2025-08-01
      exam('s4', '2024-10-10'), // due 2026: not listed
      visit('s4', '2025-01-05'),
    ];
    const list = careDue(secretaries, events, TODAY, policy).map((i) => `${i.cadreId}:${i.kind}:${i.dueDate}:${i.overdue ? 'overdue' : 'due'}`);
    expect(list).toEqual([
      's2:PHYSICAL_EXAM:2024-01-01:overdue',
      's1:PHYSICAL_EXAM:2025-03-01:overdue',
      's3:PHYSICAL_EXAM:2025-08-01:due',
      's2:HOME_VISIT:2025-12-31:due',
      's3:HOME_VISIT:2025-12-31:due',
    ]);
  });

  it('PAY-5 a secretary with a visit this year and a recent exam has nothing due', () => {
    expect(careDue([{ cadreId: 's1' }], [visit('s1', '2025-03-01'), exam('s1', '2024-09-01')], TODAY, policy)).toEqual([]);
  });

  it('PAY-5 never visited nor examined: the exam (due today) comes before the visit (due 31 Dec)', () => {
    expect(careDue([{ cadreId: 's1' }], [], TODAY, policy).map((i) => i.kind)).toEqual([CareKind.PHYSICAL_EXAM, CareKind.HOME_VISIT]);
  });

  it('PAY-5 only the secretaries given are listed, each once; events of other people are ignored', () => {
    const items = careDue([{ cadreId: 's1' }, { cadreId: 's1' }], [visit('x', '2025-01-01'), exam('x', '2020-01-01')], TODAY, policy);
    expect(items.map((i) => i.cadreId)).toEqual(['s1', 's1']);
    expect(items.map((i) => i.kind)).toEqual([CareKind.PHYSICAL_EXAM, CareKind.HOME_VISIT]);
  });

  it('PAY-5 no secretaries: an empty list', () => {
    expect(careDue([], [exam('s1', '2020-01-01')], TODAY, policy)).toEqual([]);
  });

  it('PAY-5 a bad asOf, event date or kind, or bad parameters are refused with a ValidationError naming them', () => {
    try {
      careDue([{ cadreId: 's1' }], [visit('s1', '2025-02-30'), { cadreId: 's1', kind: 'DINNER' as CareKind, date: '2025-01-01' }], '2025-13-01', effectivePolicy({ examIntervalYears: 1.5, homeVisitsPerYear: -1 }));
      expect.unreachable('careDue should throw');
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fields).toEqual(['asOf', 'homeVisitsPerYear', 'examIntervalYears', 'events[0].date', 'events[1].kind']);
    }
  });
});
