import { isIsoDate, type IsoDate } from '../shared/date';
import { Problems } from '../shared/errors';
import type { Labels } from '../shared/labels';

/**
 * PAY-6 Development of secretaries recorded as honours / recommendations on the cadre (training
 * and study trips are TRN): support for entering the civil-service selection, recommendation as
 * Party congress delegate, people's congress deputy or CPPCC member, and commendations (表彰).
 */
export const HonourKind = {
  CIVIL_SERVICE_SELECTION: 'CIVIL_SERVICE_SELECTION',
  PARTY_CONGRESS_DELEGATE: 'PARTY_CONGRESS_DELEGATE',
  PEOPLES_CONGRESS_DEPUTY: 'PEOPLES_CONGRESS_DEPUTY',
  CPPCC_MEMBER: 'CPPCC_MEMBER',
  COMMENDATION: 'COMMENDATION',
} as const;
export type HonourKind = (typeof HonourKind)[keyof typeof HonourKind];
export const honourKindLabels: Labels<HonourKind> = {
  CIVIL_SERVICE_SELECTION: { zh: '公务员选拔', en: 'Civil service selection' },
  PARTY_CONGRESS_DELEGATE: { zh: '党代表', en: 'Party congress delegate' },
  PEOPLES_CONGRESS_DEPUTY: { zh: '人大代表', en: "People's congress deputy" },
  CPPCC_MEMBER: { zh: '政协委员', en: 'CPPCC member' },
  COMMENDATION: { zh: '表彰', en: 'Commendation' },
};

/** PAY-6 An honour or recommendation as entered. */
export interface HonourFacts {
  kind?: HonourKind | string | null;
  date?: IsoDate | null;
  description?: string | null;
}

/**
 * PAY-6 Checks an honour before it is recorded on a cadre: a known kind, a real date not after
 * `today`, and a description of at most 500 characters (optional). Problems on 'kind', 'date',
 * 'description'; call `.throwIfAny()` for a ValidationError.
 */
export function checkHonourFacts(facts: HonourFacts, today: IsoDate, problems = new Problems()): Problems {
  problems.check(typeof facts.kind === 'string' && Object.hasOwn(honourKindLabels, facts.kind), 'kind', 'not a known kind of honour', '未知的荣誉类别');
  if (!facts.date || !isIsoDate(facts.date)) problems.add('date', 'a date (YYYY-MM-DD) is required', '请填写日期(YYYY-MM-DD)');
  else problems.check(facts.date <= today, 'date', 'lies in the future', '日期不能晚于今天');
  problems.check((facts.description?.trim().length ?? 0) <= 500, 'description', 'at most 500 characters', '说明不能超过 500 个字');
  return problems;
}
