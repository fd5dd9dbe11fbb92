import { doubleStrongCriteria, Judgement, SourceCategory, type DoubleStrongCriterion } from '@liangwei/domain';

/** SEL-3 The four 双强双好 criteria, in the domain's order (also the record's field names). */
export const criteria = Object.keys(doubleStrongCriteria) as DoubleStrongCriterion[];

/** SEL-3 How many of the four criteria a selection record judges as met. */
export function criteriaMet(record: Record<string, unknown> | undefined): number {
  return criteria.filter((c) => record?.[c] === Judgement.MEETS).length;
}

/** The field labels of the four criteria in one language, from the domain (`resources.secretarySelections.fields.*`). */
export function criterionFieldLabels(lang: 'zh' | 'en'): Record<DoubleStrongCriterion, string> {
  return Object.fromEntries(criteria.map((c) => [c, doubleStrongCriteria[c][lang]])) as Record<DoubleStrongCriterion, string>;
}

/**
 * SEL-4 A dispatched (选派) secretary is one whose source is DISPATCHED, and only then: the form
 * derives the flag from the source and drops the dispatch details of a local secretary.
 */
export function selectionPayload<T extends Record<string, unknown>>(data: T): T & { dispatched: boolean } {
  const dispatched = data.sourceCategory === SourceCategory.DISPATCHED;
  return { ...data, dispatched, dispatchedFrom: dispatched ? (data.dispatchedFrom ?? null) : null, noLocalCandidateReason: dispatched ? (data.noLocalCandidateReason ?? null) : null };
}
