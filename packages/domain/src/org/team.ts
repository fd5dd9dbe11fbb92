import { ageOn, type IsoDate } from '../shared/date';
import type { Labels } from '../shared/labels';
import { educationLabels, genderLabels, politicalStatusLabels, type Education, type Gender, type PoliticalStatus } from '../cadre/enums';
import { PostTitle, postTitleLabels } from './post';

/**
 * ORG-3 A unit's two-committee team (两委班子) on a date and its statistics. The team on a date =
 * the cadres holding an appointment of the unit open on that date (RES-4), each counted once.
 * The API computes the same figures in SQL (apps/api/src/team); these functions are their
 * specification.
 */

/** ORG-4 The official order of post titles: the Party organisation first, then the committee, then the others. */
export const POST_TITLE_ORDER: readonly PostTitle[] = [
  PostTitle.PARTY_SECRETARY,
  PostTitle.DEPUTY_PARTY_SECRETARY,
  PostTitle.PARTY_COMMITTEE_MEMBER,
  PostTitle.DIRECTOR,
  PostTitle.DEPUTY_DIRECTOR,
  PostTitle.COMMITTEE_MEMBER,
  PostTitle.WOMENS_DIRECTOR,
  PostTitle.ACCOUNTANT,
];

/** ORG-4 The rank of a title in the official order (unknown titles last). */
export function postTitleRank(title: string): number {
  const rank = POST_TITLE_ORDER.indexOf(title as PostTitle);
  return rank < 0 ? POST_TITLE_ORDER.length : rank;
}

/** ORG-4 Posts in official order: by title rank, then by name (code points), then by id. */
export function comparePostsOfficially(a: { title: string; name?: string | null; id: string }, b: { title: string; name?: string | null; id: string }): number {
  const byRank = postTitleRank(a.title) - postTitleRank(b.title);
  if (byRank !== 0) return byRank;
  const an = a.name ?? '';
  const bn = b.name ?? '';
  if (an !== bn) return an < bn ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** ORG-3 age bands of the team statistics; "以下" includes the number (35 is in ≤35, 45 in 36–45). */
export const AgeBand = { UP_TO_35: 'UP_TO_35', FROM_36_TO_45: 'FROM_36_TO_45', FROM_46_TO_55: 'FROM_46_TO_55', OVER_55: 'OVER_55' } as const;
export type AgeBand = (typeof AgeBand)[keyof typeof AgeBand];
export const ageBandLabels: Labels<AgeBand> = {
  UP_TO_35: { zh: '35岁及以下', en: '35 and under' },
  FROM_36_TO_45: { zh: '36至45岁', en: '36 to 45' },
  FROM_46_TO_55: { zh: '46至55岁', en: '46 to 55' },
  OVER_55: { zh: '55岁以上', en: 'Over 55' },
};

/** ORG-3 the band of an age in full years */
export function ageBandOf(age: number): AgeBand {
  if (age <= 35) return AgeBand.UP_TO_35;
  if (age <= 45) return AgeBand.FROM_36_TO_45;
  if (age <= 55) return AgeBand.FROM_46_TO_55;
  return AgeBand.OVER_55;
}

/** The key of a bucket for a missing value (education, political status or ethnicity not recorded). */
export const UNKNOWN_KEY = 'UNKNOWN';
export const unknownLabel = { zh: '未填写', en: 'Not recorded' };

/** ORG-3 The breakdowns of the team statistics (each adds up to the team size), and those of the reserves and posts. */
export const TeamDimension = {
  AGE_BAND: 'AGE_BAND',
  EDUCATION: 'EDUCATION',
  GENDER: 'GENDER',
  PARTY_MEMBERSHIP: 'PARTY_MEMBERSHIP',
  ETHNICITY: 'ETHNICITY',
  COLLEGE_GRADUATE_OFFICIAL: 'COLLEGE_GRADUATE_OFFICIAL',
  AGE_BAND_AND_GENDER: 'AGE_BAND_AND_GENDER',
} as const;
export type TeamDimension = (typeof TeamDimension)[keyof typeof TeamDimension];
export const teamDimensionLabels: Labels<TeamDimension> = {
  AGE_BAND: { zh: '年龄段', en: 'Age band' },
  EDUCATION: { zh: '学历', en: 'Education' },
  GENDER: { zh: '性别', en: 'Gender' },
  PARTY_MEMBERSHIP: { zh: '政治面貌', en: 'Party membership' },
  ETHNICITY: { zh: '民族', en: 'Ethnicity' },
  COLLEGE_GRADUATE_OFFICIAL: { zh: '大学生村官', en: 'College-graduate official' },
  AGE_BAND_AND_GENDER: { zh: '年龄段与性别', en: 'Age band and gender' },
};

export const collegeGraduateLabels: Labels<'YES' | 'NO'> = {
  YES: { zh: '大学生村官', en: 'College-graduate official' },
  NO: { zh: '其他', en: 'Other' },
};

export interface TeamCadre {
  id: string;
  gender: Gender;
  birthDate: IsoDate;
  education?: Education | null;
  politicalStatus?: PoliticalStatus | null;
  ethnicity?: string | null;
  isCollegeGraduateOfficial?: boolean | null;
}

export interface TeamAppointment {
  cadreId: string;
  unitId: string;
  startDate: IsoDate;
  endDate?: IsoDate | null;
}

/** RES-4 / ORG-3 whether an appointment is open on a date: started on or before it, not yet left (the end date is the day the post is left). */
export function heldOn(appointment: Pick<TeamAppointment, 'startDate' | 'endDate'>, asOf: IsoDate): boolean {
  return appointment.startDate <= asOf && (appointment.endDate == null || asOf < appointment.endDate);
}

/** ORG-3 the ids of the cadres on the team on `asOf` (of the given units, or all), each once */
export function teamOn(appointments: readonly TeamAppointment[], asOf: IsoDate, unitIds?: ReadonlySet<string>): Set<string> {
  const team = new Set<string>();
  for (const a of appointments) if (heldOn(a, asOf) && (!unitIds || unitIds.has(a.unitId))) team.add(a.cadreId);
  return team;
}

/** ORG-3 the bucket key of a team member in a dimension */
export function teamKeyOf(cadre: TeamCadre, dimension: TeamDimension, asOf: IsoDate): string {
  switch (dimension) {
    case TeamDimension.AGE_BAND:
      return ageBandOf(ageOn(cadre.birthDate, asOf));
    case TeamDimension.EDUCATION:
      return cadre.education ?? UNKNOWN_KEY;
    case TeamDimension.GENDER:
      return cadre.gender;
    case TeamDimension.PARTY_MEMBERSHIP:
      return cadre.politicalStatus ?? UNKNOWN_KEY;
    case TeamDimension.ETHNICITY:
      return cadre.ethnicity?.trim() || UNKNOWN_KEY;
    case TeamDimension.COLLEGE_GRADUATE_OFFICIAL:
      return cadre.isCollegeGraduateOfficial ? 'YES' : 'NO';
    case TeamDimension.AGE_BAND_AND_GENDER:
      return `${ageBandOf(ageOn(cadre.birthDate, asOf))}:${cadre.gender}`;
  }
}

/** The label of a bucket key in a dimension (a recorded ethnicity is its own label). */
export function teamBucketLabel(dimension: TeamDimension, key: string, lang: 'zh' | 'en' = 'zh'): string {
  if (key === UNKNOWN_KEY) return unknownLabel[lang];
  const pick = <T extends string>(labels: Labels<T>, k: string) => labels[k as T]?.[lang] ?? k;
  switch (dimension) {
    case TeamDimension.AGE_BAND:
      return pick(ageBandLabels, key);
    case TeamDimension.EDUCATION:
      return pick(educationLabels, key);
    case TeamDimension.GENDER:
      return pick(genderLabels, key);
    case TeamDimension.PARTY_MEMBERSHIP:
      return pick(politicalStatusLabels, key);
    case TeamDimension.COLLEGE_GRADUATE_OFFICIAL:
      return pick(collegeGraduateLabels, key);
    case TeamDimension.AGE_BAND_AND_GENDER: {
      const [band, gender] = key.split(':');
      return `${pick(ageBandLabels, band ?? '')} · ${pick(genderLabels, gender ?? '')}`;
    }
    default:
      return key;
  }
}

/** The fixed keys of a dimension, in display order (buckets with no one still show, with 0). */
export function teamBucketKeys(dimension: TeamDimension): string[] {
  switch (dimension) {
    case TeamDimension.AGE_BAND:
      return Object.keys(ageBandLabels);
    case TeamDimension.EDUCATION:
      return [...Object.keys(educationLabels), UNKNOWN_KEY];
    case TeamDimension.GENDER:
      return Object.keys(genderLabels);
    case TeamDimension.PARTY_MEMBERSHIP:
      return [...Object.keys(politicalStatusLabels), UNKNOWN_KEY];
    case TeamDimension.COLLEGE_GRADUATE_OFFICIAL:
      return ['YES', 'NO'];
    case TeamDimension.AGE_BAND_AND_GENDER:
      return Object.keys(ageBandLabels).flatMap((band) => Object.keys(genderLabels).map((g) => `${band}:${g}`));
    default:
      return [];
  }
}

export interface TeamFigures {
  teamSize: number;
  /** mean of the full-year ages, null for an empty team */
  averageAge: number | null;
  counts: Record<TeamDimension, Record<string, number>>;
}

/** ORG-3 RES-4 The statistics of the team on `asOf`: the specification of the SQL statement. */
export function teamFigures(cadres: readonly TeamCadre[], appointments: readonly TeamAppointment[], asOf: IsoDate, unitIds?: ReadonlySet<string>): TeamFigures {
  const team = teamOn(appointments, asOf, unitIds);
  const members = cadres.filter((c) => team.has(c.id));
  const counts = Object.fromEntries(Object.values(TeamDimension).map((d) => [d, {} as Record<string, number>])) as Record<TeamDimension, Record<string, number>>;
  let ages = 0;
  for (const cadre of members) {
    ages += ageOn(cadre.birthDate, asOf);
    for (const dimension of Object.values(TeamDimension)) {
      const key = teamKeyOf(cadre, dimension, asOf);
      counts[dimension][key] = (counts[dimension][key] ?? 0) + 1;
    }
  }
  return { teamSize: members.length, averageAge: members.length ? ages / members.length : null, counts };
}

/** RES-1 一职一备 coverage: posts with a paired reserve / posts (null without posts). */
export function coverageRatio(pairedPosts: number, posts: number): number | null {
  return posts > 0 ? pairedPosts / posts : null;
}

/** How a post reads in a drop-down: unit, title, name (when it says more), holder or "vacant" — unique within a unit. */
export function postOptionText(
  post: { title: string; name?: string | null; unitName?: string | null; holderName?: string | null },
  lang: 'zh' | 'en' = 'zh',
): string {
  const title = postTitleLabels[post.title as PostTitle]?.[lang] ?? post.title;
  const name = post.name?.trim();
  const named = name && name !== postTitleLabels[post.title as PostTitle]?.zh && name !== postTitleLabels[post.title as PostTitle]?.en ? (lang === 'en' ? `${title} (${name})` : `${title}（${name}）`) : title;
  const holder = post.holderName ? post.holderName : lang === 'en' ? 'vacant' : '空缺';
  return [post.unitName, named, holder].filter(Boolean).join(' · ');
}

/**
 * Labels for a list of posts, unique within the list: where two posts read the same (two vacant
 * committee members of one unit named alike), each gets its number among them in official order.
 */
export function uniquePostOptionTexts<P extends { id: string; title: string; name?: string | null; unitName?: string | null; holderName?: string | null }>(
  posts: readonly P[],
  lang: 'zh' | 'en' = 'zh',
): Map<string, string> {
  const texts = new Map(posts.map((p) => [p.id, postOptionText(p, lang)]));
  const groups = new Map<string, P[]>();
  for (const p of posts) groups.set(texts.get(p.id)!, [...(groups.get(texts.get(p.id)!) ?? []), p]);
  for (const [text, group] of groups) {
    if (group.length < 2) continue;
    [...group].sort(comparePostsOfficially).forEach((p, i) => texts.set(p.id, `${text} · ${lang === 'en' ? `No. ${i + 1}` : `第${i + 1}个`}`));
  }
  return texts;
}
