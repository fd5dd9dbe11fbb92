import { NotFoundError, SuccessionStatus, UnitKind, birthWithAge, chineseDate, formMonth, genderLabels, label, resumeLineText, type IsoDate } from '@liangwei/domain';
import type { Context } from '../graphql/context';
import { assertCan, findVisible } from '../resource/resource';
import { piiValue } from '../graphql/pii';
import { Cadre } from '../cadre/cadre.entity';
import { Appointment } from '../cadre/appointment.entity';
import { Unit } from '../org/unit.entity';
import { RankingEntry } from '../assessment/assessment.entities';
import { SuccessionProposal } from '../reserve/reserve.entities';
import { CadreFamilyMember, CadreResumeLine } from './cadre-form.entities';

/**
 * Everything the appointment form (干部任免审批表) shows of a cadre, read once for the printed
 * form and for the .lrmx file: the cadre's own fields, the current posts (appointments open on the
 * age calculation date), the proposed post and reason (the cadre's latest open successor proposal,
 * RES-2: a reserve proposed for a vacated post), the unit's published assessment results of the
 * last three years, the resume lines and family members in their order.
 */
export interface AppointmentFormData {
  cadre: Cadre;
  unit: Unit;
  /** the age calculation date (计算年龄时间): the request's date */
  asOf: IsoDate;
  /** the ID number as this viewer sees it (ROLE-2) */
  idNumber: string;
  currentPosts: string;
  proposedPost: string;
  proposedRemoval: string;
  reason: string;
  assessmentResults: string;
  resume: CadreResumeLine[];
  family: CadreFamilyMember[];
}

/** A post as the form names it: the unit, then the post (a village's 村(居)委会 is its 村委会, a community's its 居委会). */
function postText(unit: Unit, postName: string): string {
  const name = postName.replace('村(居)', unit.kind === UnitKind.VILLAGE ? '村' : '居');
  return name.startsWith(unit.name) ? name : `${unit.name}${name}`;
}

/** ASM-3 a published year's result as the form prints it: 2025年度：第3名(912分) */
export function assessmentLine(entry: Pick<RankingEntry, 'year' | 'rank' | 'total' | 'isLast'>): string {
  const total = Number.isInteger(entry.total) ? String(entry.total) : entry.total.toFixed(1);
  return `${entry.year}年度：第${entry.rank}名(${total}分)${entry.isLast ? '，排名末位' : ''}`;
}

/** ASM-3 the unit's published results of the three years before the date's year (the rankings of published years only). */
export async function recentAssessments(ctx: Context, unitId: string, asOf: IsoDate): Promise<RankingEntry[]> {
  const year = Number(asOf.slice(0, 4));
  const entries = await ctx.em.find(RankingEntry, { rankedUnit: unitId, year: { $gte: year - 3, $lte: year } }, { orderBy: { year: 'desc' } });
  return entries.slice(0, 3).reverse();
}

export async function appointmentFormData(ctx: Context, cadreId: string): Promise<AppointmentFormData> {
  assertCan(ctx, 'show', 'cadres');
  const cadre = await findVisible(ctx.em, Cadre, cadreId);
  if (!cadre) throw new NotFoundError('Cadre', cadreId);
  const unit = await ctx.em.findOneOrFail(Unit, cadre.unit.id);
  const asOf = ctx.today;
  const appointments = await ctx.em.find(
    Appointment,
    { cadre, startDate: { $lte: asOf }, $or: [{ endDate: null }, { endDate: { $gt: asOf } }] },
    { populate: ['post', 'unit'], orderBy: { startDate: 'asc', id: 'asc' } },
  );
  const currentPosts = appointments.map((a) => postText(a.unit, a.post.name)).join('、');
  const proposal = await ctx.em.findOne(
    SuccessionProposal,
    { reserveCandidate: { cadre }, status: SuccessionStatus.PROPOSED },
    { populate: ['post', 'unit'], orderBy: { vacatedOn: 'desc', createdAt: 'desc' } },
  );
  const proposedPost = proposal ? postText(proposal.unit, proposal.post.name) : '';
  const reason = proposal
    ? (proposal.note?.trim() ||
      `${postText(proposal.unit, proposal.post.name)}于${chineseDate(proposal.vacatedOn)}出缺，${cadre.name}为该岗位"一职一备"后备人选，提名为继任人选。`)
    : '';
  const assessmentResults = (await recentAssessments(ctx, unit.id, asOf)).map(assessmentLine).join('；');
  const resume = await ctx.em.find(CadreResumeLine, { cadre }, { orderBy: { position: 'asc', fromMonth: 'asc', id: 'asc' } });
  const family = await ctx.em.find(CadreFamilyMember, { cadre }, { orderBy: { position: 'asc', id: 'asc' } });
  return {
    cadre,
    unit,
    asOf,
    idNumber: piiValue('idNumber', cadre.idNumber, ctx.viewer) ?? '',
    currentPosts,
    proposedPost,
    proposedRemoval: '',
    reason,
    assessmentResults,
    resume,
    family,
  };
}

/** The form's texts of the data, shared by the printed form and the .lrmx file. */
export function formTexts(d: AppointmentFormData) {
  const c = d.cadre;
  const education = (e?: string | null, g?: string | null) => [e, g].filter((v) => v && v.trim()).join('\n');
  return {
    name: c.name,
    gender: label(genderLabels, c.gender),
    birthWithAge: birthWithAge(c.birthDate, d.asOf),
    ethnicity: c.ethnicity ?? '',
    nativePlace: c.nativePlace ?? '',
    birthplace: c.birthplace ?? '',
    partyEntry: formMonth(c.partyEntryDate),
    workStart: formMonth(c.workStartDate),
    health: c.healthStatus ?? '',
    technicalTitle: c.technicalTitle ?? '',
    specialty: c.specialty ?? '',
    fullTimeEducation: education(c.fullTimeEducation, c.fullTimeDegree),
    fullTimeSchool: c.fullTimeSchool ?? '',
    inServiceEducation: education(c.inServiceEducation, c.inServiceDegree),
    inServiceSchool: c.inServiceSchool ?? '',
    resume: d.resume.map((l) => resumeLineText(l)).join('\n'),
    rewards: c.rewardsAndPunishments ?? '',
    asOf: chineseDate(d.asOf),
  };
}
