import type { Labels } from '../shared/labels';
import { Problems } from '../shared/errors';
import { SourceCategory } from '../cadre/enums';

/** SEL-3 One judgement of the 双强双好 standard. */
export const Judgement = { MEETS: 'MEETS', PARTLY: 'PARTLY', NOT_MET: 'NOT_MET' } as const;
export type Judgement = (typeof Judgement)[keyof typeof Judgement];
export const judgementLabels: Labels<Judgement> = {
  MEETS: { zh: '符合', en: 'Meets' },
  PARTLY: { zh: '基本符合', en: 'Partly meets' },
  NOT_MET: { zh: '不符合', en: 'Does not meet' },
};

/** SEL-3 The four criteria of 双强双好. */
export const doubleStrongCriteria = {
  developmentAbility: { zh: '推动科学发展能力强', en: 'Strong at promoting development' },
  stabilityAbility: { zh: '促进稳定和谐能力强', en: 'Strong at promoting stability and harmony' },
  servesPeople: { zh: '服务人民群众好', en: 'Good at serving the people' },
  buildsOrganisation: { zh: '基层组织建设好', en: 'Good at building grassroots organisation' },
} as const;
export type DoubleStrongCriterion = keyof typeof doubleStrongCriteria;

export interface SelectionFacts {
  sourceCategory: SourceCategory;
  dispatched: boolean;
  dispatchedFrom?: string | null;
  noLocalCandidateReason?: string | null;
  judgements: Partial<Record<DoubleStrongCriterion, Judgement | null>>;
}

/**
 * SEL-3..5 A secretary's selection record: all four 双强双好 judgements; a dispatched (选派)
 * secretary comes from an agency or institution (source DISPATCHED, and only then), and is
 * dispatched only because no local candidate was suitable — the record says from where and why.
 */
export function checkSelection(facts: SelectionFacts, problems = new Problems()): Problems {
  for (const key of Object.keys(doubleStrongCriteria) as DoubleStrongCriterion[]) {
    problems.check(facts.judgements[key] != null, key, 'each of the four 双强双好 judgements is required', `请填写“双强双好”评价：${doubleStrongCriteria[key].zh}`);
  }
  const isDispatchedSource = facts.sourceCategory === SourceCategory.DISPATCHED;
  if (facts.dispatched !== isDispatchedSource) {
    problems.add('dispatched', 'a dispatched secretary has the source category DISPATCHED, and only a dispatched one', '选派书记的来源类别须为“机关或企事业单位选派”，非选派书记不能使用该类别');
  }
  if (facts.dispatched) {
    problems.check(!!facts.dispatchedFrom?.trim(), 'dispatchedFrom', 'the agency or institution dispatching the secretary is required', '请填写选派单位');
    problems.check(!!facts.noLocalCandidateReason?.trim(), 'noLocalCandidateReason', 'say why no local candidate was suitable', '请说明本地无合适人选的原因');
  }
  return problems;
}
