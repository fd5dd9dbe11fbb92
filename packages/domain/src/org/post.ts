import type { Labels } from '../shared/labels';

/**
 * ORG-4 Posts of a unit's two-committee team (两委班子). The Party organisation committee
 * (党组织) and the villagers' / residents' committee (村委会/居委会).
 */
export const PostTitle = {
  PARTY_SECRETARY: 'PARTY_SECRETARY',
  DEPUTY_PARTY_SECRETARY: 'DEPUTY_PARTY_SECRETARY',
  PARTY_COMMITTEE_MEMBER: 'PARTY_COMMITTEE_MEMBER',
  DIRECTOR: 'DIRECTOR',
  DEPUTY_DIRECTOR: 'DEPUTY_DIRECTOR',
  COMMITTEE_MEMBER: 'COMMITTEE_MEMBER',
  WOMENS_DIRECTOR: 'WOMENS_DIRECTOR',
  ACCOUNTANT: 'ACCOUNTANT',
} as const;
export type PostTitle = (typeof PostTitle)[keyof typeof PostTitle];

export const postTitleLabels: Labels<PostTitle> = {
  PARTY_SECRETARY: { zh: '党组织书记', en: 'Party secretary' },
  DEPUTY_PARTY_SECRETARY: { zh: '党组织副书记', en: 'Deputy Party secretary' },
  PARTY_COMMITTEE_MEMBER: { zh: '党组织委员', en: 'Party committee member' },
  DIRECTOR: { zh: '村(居)委会主任', en: 'Committee director' },
  DEPUTY_DIRECTOR: { zh: '村(居)委会副主任', en: 'Deputy director' },
  COMMITTEE_MEMBER: { zh: '村(居)委会委员', en: 'Committee member' },
  WOMENS_DIRECTOR: { zh: '妇联主席', en: "Women's federation chair" },
  ACCOUNTANT: { zh: '报账员', en: 'Accountant' },
};

/**
 * ORG-4 The main leader (主要负责人) of a unit is its Party secretary; the policy parameter
 * `mainLeaderIncludesDirector` makes the committee director one as well.
 */
export function isMainLeaderTitle(title: PostTitle, mainLeaderIncludesDirector = false): boolean {
  return title === PostTitle.PARTY_SECRETARY || (mainLeaderIncludesDirector && title === PostTitle.DIRECTOR);
}
