import { describe, expect, it } from 'vitest';
import {
  cellErrorsOf,
  fieldMessages,
  checkCell,
  columnSummary,
  groupUnits,
  isDirty,
  mergeCells,
  moveFrom,
  moveOfKey,
  parsePoints,
  rowPayload,
  rowSummary,
  savedCells,
  type GridIndicator,
} from './scoreGrid';

const indicators: GridIndicator[] = [
  { id: 'a', name: '党的建设', maxPoints: 200 },
  { id: 'b', name: '经济发展', maxPoints: 200 },
  { id: 'c', name: '平安建设', maxPoints: 100 },
];

const cell = (points: string, note = '') => ({ points, note });

describe('ASM-1 a cell of the score grid', () => {
  it('reads points as typed, full-width digits included; empty is not scored', () => {
    expect(parsePoints('')).toBeNull();
    expect(parsePoints('  ')).toBeNull();
    expect(parsePoints('195.5')).toBe(195.5);
    expect(parsePoints('１９５．５')).toBe(195.5);
    expect(parsePoints('.5')).toBe(0.5);
    expect(parsePoints('19a')).toBeNaN();
    expect(parsePoints('1e3')).toBeNaN();
  });

  it('is valid from 0 to the maximum, both included', () => {
    expect(checkCell(cell('200'), 200)).toEqual({ points: 200, problem: null, deduction: false });
    expect(checkCell(cell('0', '全部未完成'), 200)).toEqual({ points: 0, problem: null, deduction: true });
    expect(checkCell(cell('200.5'), 200).problem).toBe('over_max');
    expect(checkCell(cell('-1'), 200).problem).toBe('below_zero');
    expect(checkCell(cell('abc'), 200).problem).toBe('not_number');
    expect(checkCell(undefined, 200)).toEqual({ points: null, problem: null, deduction: false });
  });

  it('refuses to empty a saved score (a score is corrected, never deleted)', () => {
    expect(checkCell(cell(''), 200, cell('190', 'x')).problem).toBe('cleared');
    expect(checkCell(cell(''), 200, cell('')).problem).toBeNull();
    expect(rowSummary({ a: cell('') }, indicators, { a: cell('200') })).toMatchObject({ scored: 0, invalid: 1 });
  });

  it('asks for the reason of a deduction (points below the maximum)', () => {
    expect(checkCell(cell('190'), 200)).toEqual({ points: 190, problem: 'note_required', deduction: true });
    expect(checkCell(cell('190', '  '), 200).problem).toBe('note_required');
    expect(checkCell(cell('190', '台账不规范'), 200)).toEqual({ points: 190, problem: null, deduction: true });
  });
});

describe('ASM-1 live totals', () => {
  it('sums the valid cells of a row, without binary noise, and counts what is missing or wrong', () => {
    const cells = { a: cell('190.1', 'x'), b: cell('180.2', 'y'), c: cell('') };
    expect(rowSummary(cells, indicators)).toEqual({ total: 370.3, scored: 2, invalid: 0, complete: false });
    expect(rowSummary({ ...cells, c: cell('100') }, indicators)).toMatchObject({ total: 470.3, scored: 3, complete: true });
    // a value out of range does not count in the total; a missing reason is wrong but counts
    expect(rowSummary({ a: cell('250'), b: cell('150'), c: cell('100') }, indicators)).toEqual({ total: 250, scored: 2, invalid: 2, complete: false });
  });

  it('summarises a column: units scored and cells wrong', () => {
    const rows: Record<string, { points: string; note: string }>[] = [{ a: cell('200') }, { a: cell('201') }, { a: cell('150') }, {}];
    expect(columnSummary(rows, indicators[0]!)).toEqual({ scored: 2, invalid: 2 });
  });
});

describe('ASM-2 saving one row', () => {
  it('sends the cells holding points, in catalogue order, with trimmed notes', () => {
    const payload = rowPayload({ c: cell('95', ' 迟报 '), a: cell('200'), b: cell('') }, indicators);
    expect(payload).toEqual({
      scores: [
        { indicatorId: 'a', points: 200, note: null },
        { indicatorId: 'c', points: 95, note: '迟报' },
      ],
      indicatorIds: ['a', 'c'],
    });
  });

  it('puts the API field errors on the cells they name', () => {
    const { cells, other } = cellErrorsOf({ 'scores.1.note': 'a deduction needs its reason', 'scores.0.points': 'must lie between 0 and 1000', unitId: 'unknown unit' }, ['a', 'c']);
    expect(cells).toEqual({ c: { note: 'a deduction needs its reason' }, a: { points: 'must lie between 0 and 1000' } });
    expect(other).toEqual(['unknown unit']);
    expect(cellErrorsOf({ 'scores.5.points': 'x' }, ['a']).other).toEqual(['x']);
  });

  it('takes the field messages in the console language when the API gives them', () => {
    const errors = [{ extensions: { problems: [{ field: 'scores.1.note', message: 'a deduction needs its reason', messageZh: '第2项评分：扣分须说明原因' }, { field: 'scores.0.points', message: 'too many' }] } }];
    expect(fieldMessages(errors, 'zh')).toEqual({ 'scores.1.note': '第2项评分：扣分须说明原因', 'scores.0.points': 'too many' });
    expect(fieldMessages(errors, 'en')['scores.1.note']).toBe('a deduction needs its reason');
    expect(fieldMessages(undefined, 'zh', { unitId: 'x' })).toEqual({ unitId: 'x' });
  });

  it('knows whether the edits change the saved row', () => {
    const saved = savedCells([{ unitId: 'u', indicatorId: 'a', points: 190, note: '原因' }]).u;
    expect(isDirty(saved, undefined)).toBe(false);
    expect(isDirty(saved, { a: cell('190.0', '原因 ') })).toBe(false);
    expect(isDirty(saved, { a: cell('191', '原因') })).toBe(true);
    expect(isDirty(saved, { b: cell('') })).toBe(false);
    expect(mergeCells(saved, { b: cell('1') })).toEqual({ a: cell('190', '原因'), b: cell('1') });
  });
});

describe('the keyboard in the grid', () => {
  it('moves on with Enter (back with Shift+Enter), up and down with the arrows', () => {
    expect(moveOfKey('Enter', false)).toBe('next');
    expect(moveOfKey('Enter', true)).toBe('previous');
    expect(moveOfKey('ArrowDown', false)).toBe('down');
    expect(moveOfKey('ArrowUp', false)).toBe('up');
    expect(moveOfKey('a', false)).toBeNull();
  });

  it('goes along the row, then on to the next row; stops at the edges', () => {
    expect(moveFrom({ row: 0, col: 0 }, 'next', 3, 3)).toEqual({ row: 0, col: 1 });
    expect(moveFrom({ row: 0, col: 2 }, 'next', 3, 3)).toEqual({ row: 1, col: 0 });
    expect(moveFrom({ row: 2, col: 2 }, 'next', 3, 3)).toBeNull();
    expect(moveFrom({ row: 1, col: 0 }, 'previous', 3, 3)).toEqual({ row: 0, col: 2 });
    expect(moveFrom({ row: 0, col: 0 }, 'previous', 3, 3)).toBeNull();
    expect(moveFrom({ row: 1, col: 1 }, 'down', 3, 3)).toEqual({ row: 2, col: 1 });
    expect(moveFrom({ row: 2, col: 1 }, 'down', 3, 3)).toBeNull();
    expect(moveFrom({ row: 0, col: 1 }, 'up', 3, 3)).toBeNull();
    expect(moveFrom({ row: 0, col: 0 }, 'next', 0, 3)).toBeNull();
  });
});

describe('ASM-3 the rows of the grid', () => {
  it('lists villages first, then communities, each by code', () => {
    const groups = groupUnits([
      { id: '3', name: '幸福路社区', kind: 'COMMUNITY', code: 'sq01' },
      { id: '2', name: '柳树店村', kind: 'VILLAGE', code: 'cun02' },
      { id: '1', name: '王家湾村', kind: 'VILLAGE', code: 'cun01' },
    ]);
    expect(groups.map((g) => [g.kind, g.units.map((u) => u.id)])).toEqual([
      ['VILLAGE', ['1', '2']],
      ['COMMUNITY', ['3']],
    ]);
    expect(groupUnits([])).toEqual([]);
  });
});
