import { describe, expect, it } from 'vitest';
import { Problems, ValidationError } from '../shared/errors';
import { SourceCategory } from '../cadre/enums';
import { checkSelection, doubleStrongCriteria, Judgement, type SelectionFacts } from './selection';
import { problemsOf, fieldsOf } from '../shared/problems.test-support';

const allJudged = {
  developmentAbility: Judgement.MEETS,
  stabilityAbility: Judgement.PARTLY,
  servesPeople: Judgement.MEETS,
  buildsOrganisation: Judgement.NOT_MET,
};

const local: SelectionFacts = { sourceCategory: SourceCategory.WEALTH_LEADER, dispatched: false, judgements: allJudged };

const dispatched: SelectionFacts = {
  sourceCategory: SourceCategory.DISPATCHED,
  dispatched: true,
  dispatchedFrom: '区农业农村局',
  noLocalCandidateReason: '本村暂无符合“双强双好”标准的人选',
  judgements: allJudged,
};

const CRITERIA = Object.keys(doubleStrongCriteria);

describe('SEL-3 checkSelection: the four 双强双好 judgements', () => {
  it('SEL-3 the four criteria are development, stability, serving the people, building the organisation', () => {
    expect(CRITERIA).toEqual(['developmentAbility', 'stabilityAbility', 'servesPeople', 'buildsOrganisation']);
    expect(doubleStrongCriteria.servesPeople.zh).toBe('服务人民群众好');
  });

  it('SEL-3 a local secretary with all four judgements raises no problem (any judgement value counts as recorded)', () => {
    const problems = checkSelection(local);
    expect(problems.count).toBe(0);
    expect(() => problems.throwIfAny()).not.toThrow();
  });

  it('SEL-3 no judgements: a ValidationError on each of the four criteria', () => {
    const problems = checkSelection({ ...local, judgements: {} });
    expect(() => problems.throwIfAny()).toThrow(ValidationError);
    expect(fieldsOf(problems)).toEqual(CRITERIA);
  });

  it.each(CRITERIA)('SEL-3 a missing or null judgement of %s is refused on that field', (criterion) => {
    const without = { ...allJudged } as Record<string, string | null | undefined>;
    delete without[criterion];
    expect(problemsOf(checkSelection({ ...local, judgements: without }))).toEqual([
      { field: criterion, message: 'each of the four 双强双好 judgements is required' },
    ]);
    expect(fieldsOf(checkSelection({ ...local, judgements: { ...allJudged, [criterion]: null } }))).toEqual([criterion]);
  });
});

describe('SEL-4 checkSelection: source category and dispatch (选派)', () => {
  it.each(Object.values(SourceCategory).filter((s) => s !== SourceCategory.DISPATCHED))('SEL-4 a local source %s, not dispatched, is accepted', (sourceCategory) => {
    expect(checkSelection({ ...local, sourceCategory }).count).toBe(0);
  });

  it('SEL-4 a dispatched secretary with the DISPATCHED source, the dispatching body and the reason is accepted', () => {
    expect(checkSelection(dispatched).count).toBe(0);
  });

  it('SEL-4 source DISPATCHED without the dispatched flag is refused on "dispatched"', () => {
    expect(problemsOf(checkSelection({ ...local, sourceCategory: SourceCategory.DISPATCHED }))).toEqual([
      { field: 'dispatched', message: 'a dispatched secretary has the source category DISPATCHED, and only a dispatched one' },
    ]);
  });

  it('SEL-4 the dispatched flag with a local source is refused on "dispatched"', () => {
    expect(fieldsOf(checkSelection({ ...dispatched, sourceCategory: SourceCategory.CURRENT_CADRE }))).toEqual(['dispatched']);
    expect(fieldsOf(checkSelection({ ...dispatched, sourceCategory: SourceCategory.COLLEGE_GRADUATE_OFFICIAL }))).toEqual(['dispatched']);
  });

  it('SEL-4 a dispatched secretary needs the agency or institution it comes from', () => {
    expect(fieldsOf(checkSelection({ ...dispatched, dispatchedFrom: null }))).toEqual(['dispatchedFrom']);
    expect(fieldsOf(checkSelection({ ...dispatched, dispatchedFrom: undefined }))).toEqual(['dispatchedFrom']);
    expect(fieldsOf(checkSelection({ ...dispatched, dispatchedFrom: '   ' }))).toEqual(['dispatchedFrom']);
  });

  it('SEL-4 a dispatched secretary needs the reason no local candidate was suitable', () => {
    expect(problemsOf(checkSelection({ ...dispatched, noLocalCandidateReason: null }))).toEqual([
      { field: 'noLocalCandidateReason', message: 'say why no local candidate was suitable' },
    ]);
    expect(fieldsOf(checkSelection({ ...dispatched, noLocalCandidateReason: '' }))).toEqual(['noLocalCandidateReason']);
  });

  it('SEL-4 a dispatched flag on a local source also needs where from and why: every problem reported together', () => {
    const facts: SelectionFacts = { sourceCategory: SourceCategory.VETERAN, dispatched: true, judgements: { servesPeople: Judgement.MEETS } };
    expect(fieldsOf(checkSelection(facts))).toEqual(['developmentAbility', 'stabilityAbility', 'buildsOrganisation', 'dispatched', 'dispatchedFrom', 'noLocalCandidateReason']);
  });

  it('SEL-4 a local secretary needs no dispatching body or reason', () => {
    expect(checkSelection({ ...local, dispatchedFrom: null, noLocalCandidateReason: null }).count).toBe(0);
  });

  it('SEL-3 problems are added to a collector that is passed in', () => {
    const problems = new Problems().add('method', 'required');
    expect(checkSelection({ ...local, judgements: {} }, problems)).toBe(problems);
    expect(fieldsOf(problems)).toEqual(['method', ...CRITERIA]);
  });
});
