import { describe, expect, it } from 'vitest';
import { ConflictError, Problems, ValidationError } from '../shared/errors';
import { ASSESSMENT_FULL_MARKS, assertPublishable, catalogueTotal, checkCatalogue, checkScore, checkUnitTotal, type Indicator } from './catalogue';
import { problemsOf, fieldsOf } from '../shared/problems.test-support';

/** A catalogue of the given maximum points, named 指标1, 指标2, ... */
function catalogue(...maxPoints: number[]): Indicator[] {
  return maxPoints.map((max, i) => ({ id: `i${i + 1}`, name: `指标${i + 1}`, maxPoints: max }));
}

describe('ASM-1 checkCatalogue: the indicators of a year', () => {
  it('ASM-1 a valid catalogue raises no problem', () => {
    expect(checkCatalogue(catalogue(300, 300, 400)).count).toBe(0);
  });

  it('ASM-1 a draft may be incomplete: an empty catalogue or one short of 1000 is still valid to edit', () => {
    expect(checkCatalogue([]).count).toBe(0);
    expect(checkCatalogue(catalogue(100, 200)).count).toBe(0);
  });

  it('ASM-1 maximum points must be above 0: 0 and negative numbers are problems on that indicator', () => {
    expect(fieldsOf(checkCatalogue(catalogue(500, 0, -10, 500)))).toEqual(['indicators[1].maxPoints', 'indicators[2].maxPoints']);
  });

  it('ASM-1 maximum points that are not a finite number are problems', () => {
    expect(fieldsOf(checkCatalogue(catalogue(Number.NaN, Number.POSITIVE_INFINITY)))).toEqual(['indicators[0].maxPoints', 'indicators[1].maxPoints']);
  });

  it('ASM-1 decimals are allowed (0.5 points)', () => {
    expect(checkCatalogue(catalogue(0.5, 999.5)).count).toBe(0);
  });

  it('ASM-1 duplicate names are a problem on the second and later occurrences, compared after trimming', () => {
    const indicators: Indicator[] = [
      { id: 'a', name: '党建工作', maxPoints: 300 },
      { id: 'b', name: '经济发展', maxPoints: 300 },
      { id: 'c', name: ' 党建工作 ', maxPoints: 200 },
      { id: 'd', name: '党建工作', maxPoints: 200 },
    ];
    const problems = problemsOf(checkCatalogue(indicators));
    expect(problems.map((p) => p.field)).toEqual(['indicators[2].name', 'indicators[3].name']);
    expect(problems[0].message).toContain('党建工作');
  });

  it('ASM-1 a blank name is a problem', () => {
    expect(fieldsOf(checkCatalogue([{ id: 'a', name: '  ', maxPoints: 1000 }]))).toEqual(['indicators[0].name']);
  });

  it('ASM-1 every problem is reported at once, into a collector passed in', () => {
    const problems = new Problems().add('year', 'required');
    checkCatalogue([{ id: 'a', name: '', maxPoints: 0 }], problems);
    expect(fieldsOf(problems)).toEqual(['year', 'indicators[0].name', 'indicators[0].maxPoints']);
  });
});

describe('ASM-1 catalogueTotal and assertPublishable: maximum points sum to exactly 1000', () => {
  it('ASM-1 catalogueTotal sums the maximum points; an empty catalogue sums to 0', () => {
    expect(catalogueTotal(catalogue(300, 300, 400))).toBe(1000);
    expect(catalogueTotal([])).toBe(0);
  });

  it('ASM-1 a catalogue summing to exactly 1000 is publishable', () => {
    expect(() => assertPublishable(catalogue(300, 300, 400))).not.toThrow();
    expect(() => assertPublishable(catalogue(ASSESSMENT_FULL_MARKS))).not.toThrow();
  });

  it('ASM-1 a catalogue of 999.5 points is not publishable (ConflictError naming the sum)', () => {
    const indicators = catalogue(300, 300, 399.5);
    expect(catalogueTotal(indicators)).toBe(999.5);
    expect(() => assertPublishable(indicators)).toThrow(ConflictError);
    expect(() => assertPublishable(indicators)).toThrow(/999\.5/);
  });

  it('ASM-1 1000.5 points is not publishable either, nor an empty catalogue', () => {
    expect(() => assertPublishable(catalogue(600, 400.5))).toThrow(ConflictError);
    expect(() => assertPublishable([])).toThrow(ConflictError);
  });

  it('ASM-1 floating-point noise in the sum is tolerated (1e-9): 999 plus ten indicators of 0.1 is 1000', () => {
    const indicators = catalogue(999, ...Array<number>(10).fill(0.1));
    expect(catalogueTotal(indicators)).not.toBe(1000);
    expect(() => assertPublishable(indicators)).not.toThrow();
  });

  it('ASM-1 a difference larger than the tolerance is refused (1000.000001)', () => {
    expect(() => assertPublishable(catalogue(500, 500.000001))).toThrow(ConflictError);
  });

  it('ASM-1 an invalid catalogue is refused with a ValidationError before its sum is looked at', () => {
    expect(() => assertPublishable(catalogue(1100, -100))).toThrow(ValidationError);
    const dupes: Indicator[] = [
      { id: 'a', name: '同名', maxPoints: 500 },
      { id: 'b', name: '同名', maxPoints: 500 },
    ];
    expect(() => assertPublishable(dupes)).toThrow(ValidationError);
  });
});

describe('ASM-1 checkScore: a score lies between 0 and the indicator maximum, both included', () => {
  const indicator = { maxPoints: 50 };

  it.each([0, 0.5, 25, 49.5, 50])('ASM-1 %s of 50 points is accepted', (points) => {
    expect(checkScore(points, indicator).count).toBe(0);
  });

  it('ASM-1 above the maximum is a problem on "points" and names the maximum', () => {
    const problems = problemsOf(checkScore(50.5, indicator));
    expect(problems).toEqual([{ field: 'points', message: "must not exceed the indicator's maximum of 50 points" }]);
  });

  it('ASM-1 below 0 is a problem on "points"', () => {
    expect(problemsOf(checkScore(-0.5, indicator))).toEqual([{ field: 'points', message: 'must not be below 0' }]);
  });

  it('ASM-1 NaN and infinity are problems on "points"', () => {
    expect(fieldsOf(checkScore(Number.NaN, indicator))).toEqual(['points']);
    expect(fieldsOf(checkScore(Number.POSITIVE_INFINITY, indicator))).toEqual(['points']);
  });

  it('ASM-1 throwIfAny turns the problem into a ValidationError on field "points"; another field name may be given', () => {
    expect(() => checkScore(51, indicator).throwIfAny()).toThrow(ValidationError);
    try {
      checkScore(51, indicator).throwIfAny();
    } catch (error) {
      expect((error as ValidationError).fields).toEqual(['points']);
    }
    expect(fieldsOf(checkScore(51, indicator, new Problems(), 'scores[3].points'))).toEqual(['scores[3].points']);
  });
});

describe('ASM-1 checkUnitTotal: a unit total lies between 0 and 1000, both included', () => {
  it.each([0, 800, 999.5, 1000])('ASM-1 a total of %s is accepted', (total) => {
    expect(checkUnitTotal(total).count).toBe(0);
  });

  it.each([-0.5, 1000.5, Number.NaN])('ASM-1 a total of %s is a problem on "total"', (total) => {
    expect(fieldsOf(checkUnitTotal(total))).toEqual(['total']);
  });

  it('ASM-1 a sum with floating-point noise just above 1000 is still accepted', () => {
    expect(checkUnitTotal(1000 + 1e-12).count).toBe(0);
    expect(checkUnitTotal(-1e-12).count).toBe(0);
  });
});
