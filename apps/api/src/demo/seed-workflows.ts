import type { EntityManager } from '@mikro-orm/core';
import {
  AssignmentKind,
  ExitKind,
  Gender,
  Judgement,
  PairRelease,
  PostTitle,
  RecommendationSource,
  ReserveStatus,
  SelectionMethod,
  SourceCategory,
  SuccessionStatus,
  TrainingKind,
  addYears,
  makeIdNumber,
  type IsoDate,
} from '@liangwei/domain';
import type { Unit } from '../org/unit.entity';
import type { Post } from '../org/post.entity';
import { Cadre } from '../cadre/cadre.entity';
import { Appointment } from '../cadre/appointment.entity';
import { ReserveAssignment, ReserveCandidate, ReserveStepRecord, SuccessionPair, SuccessionProposal } from '../reserve/reserve.entities';
import { ExitRecord } from '../exit/exit-record.entity';
import { SecretarySelection } from '../selection/secretary-selection.entity';
import { TrainingParticipation, TrainingSession } from '../training/training.entities';
import { seededRandom } from './demo-data';

export interface SeededUnit {
  unit: Unit;
  /** the current holders of the unit's posts */
  team: { post: Post; cadre: Cadre; appointment: Appointment }[];
  /** the holders who left a post (their appointments ended), when known */
  former?: { post: Post; cadre: Cadre; appointment: Appointment }[];
}

function make<T extends object>(em: EntityManager, cls: new () => T, data: Partial<T>): T {
  const entity = Object.assign(new cls(), data);
  em.persist(entity);
  return entity;
}

const YOUNG_SURNAMES = '张李王刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const YOUNG_MEN = ['晨阳', '浩宇', '子健', '博文', '思远', '一帆', '俊熙', '明轩', '宇航', '嘉诚', '天佑', '梓豪'];
const YOUNG_WOMEN = ['雨萱', '梓涵', '欣怡', '诗琪', '可馨', '紫嫣', '若曦', '雅琳', '梦洁', '晓彤', '婉清', '语桐'];

const STEP_DATES = { recommended: '2025-03-12', proposed: '2025-04-08', reviewed: '2025-05-15', pooled: '2025-06-20', exposure: '2025-07-01', responsibility: '2025-09-01' };

/**
 * Demo content for the reserve pipeline (RES-1..5), exits and successions (MGT-3, RES-2),
 * secretary selection (SEL-3..5) and training (TRN-1/2), so that every list has meaningful rows:
 * candidates at every step, units with and without a female reserve, paired and unpaired posts,
 * a past exit whose successor was appointed, a pending exit, sessions with attendance.
 */
export function seedWorkflows(em: EntityManager, units: SeededUnit[], today: IsoDate): number {
  const rnd = seededRandom(7);
  let created = 0;
  let men = 0;
  let women = 0;

  function youngCadre(unit: Unit, gender: Gender, age: number, graduate: boolean): Cadre {
    // distinct realistic names: surname × given name, walked with coprime steps
    const n = gender === Gender.FEMALE ? women++ : men++;
    const given = gender === Gender.FEMALE ? YOUNG_WOMEN : YOUNG_MEN;
    const name = [...YOUNG_SURNAMES][(n * 7 + (gender === Gender.FEMALE ? 3 : 0)) % [...YOUNG_SURNAMES].length]! + given[(n * 5) % given.length]!;
    const birthDate = addYears(today, -age).slice(0, 8) + String(1 + Math.floor(rnd() * 27)).padStart(2, '0');
    created += 1;
    return make(em, Cadre, {
      unit,
      name,
      gender,
      birthDate: birthDate > addYears(today, -age) ? addYears(birthDate, -1) : birthDate,
      ethnicity: '汉族',
      idNumber: makeIdNumber('420607', birthDate > addYears(today, -age) ? addYears(birthDate, -1) : birthDate, (created * 2 + (gender === Gender.MALE ? 1 : 0)) % 1000),
      phone: `137${String(10_000_000 + created * 7919).slice(-8)}`,
      isCollegeGraduateOfficial: graduate,
    });
  }

  function candidacy(unit: Unit, cadre: Cadre, source: RecommendationSource, status: ReserveStatus, dates: typeof STEP_DATES = STEP_DATES): ReserveCandidate {
    const c = make(em, ReserveCandidate, { unit, cadre, source, status, recommendedOn: dates.recommended });
    if (source === RecommendationSource.DEMOCRATIC) Object.assign(c, { votesEligible: 56, votesPresent: 51, votesFor: 43 });
    const step = (kind: ReserveStepRecord['step'], date: string, approved: boolean, resulting: ReserveStatus, by: string, note: string | null = null) =>
      make(em, ReserveStepRecord, { unit, candidate: c, step: kind, date, approved, resultingStatus: resulting, byUsername: by, note });
    const reached = [ReserveStatus.RECOMMENDED, ReserveStatus.PROPOSED, ReserveStatus.COMMITTEE_APPROVED, ReserveStatus.IN_POOL];
    const rejected = status === ReserveStatus.REJECTED;
    const level = rejected ? 2 : reached.indexOf(status as (typeof reached)[number]);
    step('RECOMMEND', dates.recommended, true, ReserveStatus.RECOMMENDED, unit.code);
    if (level >= 1) {
      step('PROPOSE', dates.proposed, true, ReserveStatus.PROPOSED, unit.code);
      c.proposedOn = dates.proposed;
    }
    if (level >= 2) {
      c.committeeReviewedOn = dates.reviewed;
      c.committeeMinutes = '两委联席会议集体审议，同意列为后备干部人选。';
      step('COMMITTEE_REVIEW', dates.reviewed, true, ReserveStatus.COMMITTEE_APPROVED, unit.code, c.committeeMinutes);
    }
    if (rejected) {
      c.subdistrictReviewedOn = dates.pooled;
      step('SUBDISTRICT_REVIEW', dates.pooled, false, ReserveStatus.REJECTED, 'admin', '群众基础较弱，暂不列入。');
    } else if (level >= 3) {
      Object.assign(c, { subdistrictReviewedOn: dates.pooled, inPoolFrom: dates.pooled });
      step('SUBDISTRICT_REVIEW', dates.pooled, true, ReserveStatus.IN_POOL, 'admin', '审查通过，列入后备干部人才库。');
      make(em, ReserveAssignment, { unit, reserveCandidate: c, kind: AssignmentKind.EXPOSURE, title: '参与村(居)务日常工作，轮岗熟悉情况', startDate: dates.exposure });
      if (rnd() < 0.6) make(em, ReserveAssignment, { unit, reserveCandidate: c, kind: AssignmentKind.INDEPENDENT_RESPONSIBILITY, title: '独立负责网格化服务管理', startDate: dates.responsibility, outcome: '完成良好' });
    }
    return c;
  }

  // Training sessions of the subdistrict (TRN-1).
  const sessions = [
    make(em, TrainingSession, { title: '村(社区)党组织书记履职能力培训', kind: TrainingKind.TRAINING, startDate: '2025-04-15', endDate: '2025-04-17', place: '区委党校', hours: 24, organiser: '办事处党委' }),
    make(em, TrainingSession, { title: '乡村振兴先进村外出考察', kind: TrainingKind.STUDY_TRIP, startDate: '2025-10-20', endDate: '2025-10-23', place: '浙江安吉', hours: 32, organiser: '办事处组织办' }),
    make(em, TrainingSession, { title: '两委干部政策法规专题培训', kind: TrainingKind.TRAINING, startDate: '2026-03-10', endDate: '2026-03-11', place: '办事处会议室', hours: 12, organiser: '办事处党委' }),
    make(em, TrainingSession, { title: '基层治理与网格化服务培训', kind: TrainingKind.TRAINING, startDate: '2026-09-08', endDate: '2026-09-08', place: '办事处会议室', hours: 6, organiser: '办事处组织办' }),
  ];

  units.forEach(({ unit, team }, index) => {
    const secretary = team.find((t) => t.post.title === PostTitle.PARTY_SECRETARY);
    const director = team.find((t) => t.post.title === PostTitle.DIRECTOR);
    const deputy = team.find((t) => t.post.title === PostTitle.DEPUTY_DIRECTOR || t.post.title === PostTitle.DEPUTY_PARTY_SECRETARY);

    // SEL-3..5 a selection record for each secretary; one dispatched secretary.
    if (secretary) {
      const dispatched = index === 4;
      make(em, SecretarySelection, {
        unit,
        appointment: secretary.appointment,
        sourceCategory: dispatched ? SourceCategory.DISPATCHED : [SourceCategory.CURRENT_CADRE, SourceCategory.WEALTH_LEADER, SourceCategory.VETERAN, SourceCategory.RETURNED_MIGRANT_PARTY_MEMBER, SourceCategory.COOPERATIVE_HEAD][index % 5]!,
        method: dispatched ? SelectionMethod.PARTY_COMMITTEE_APPOINTMENT : secretary.appointment.selectionMethod ?? SelectionMethod.TWO_RECOMMENDATIONS_ONE_ELECTION,
        developmentAbility: Judgement.MEETS,
        stabilityAbility: index % 4 === 1 ? Judgement.PARTLY : Judgement.MEETS,
        servesPeople: Judgement.MEETS,
        buildsOrganisation: index % 6 === 5 ? Judgement.PARTLY : Judgement.MEETS,
        dispatched,
        dispatchedFrom: dispatched ? '区农业农村局' : null,
        noLocalCandidateReason: dispatched ? '本村暂无符合"双强双好"标准的合适人选' : null,
      });
    }

    // RES-3 the pipeline: most units have a pooled reserve (some female), and candidates at other steps.
    if (index % 5 !== 0) {
      const femalePooled = index % 3 !== 1;
      const pooled = candidacy(unit, youngCadre(unit, femalePooled ? Gender.FEMALE : Gender.MALE, 26 + (index % 9), index % 4 === 0), index % 2 ? RecommendationSource.DEMOCRATIC : RecommendationSource.COMMITTEE, ReserveStatus.IN_POOL);
      // RES-1 pair it with the director's (or a deputy's) post in every other unit
      const succeeded = index === 2 || index === 8; // the director's post is backed by the successor below
      const paired = index % 2 === 0 && !succeeded ? director : deputy;
      const pair = paired ? make(em, SuccessionPair, { unit, post: paired.post, reserveCandidate: pooled, pairedOn: '2025-07-01' }) : null;
      // RES-2 a resignation taking effect next month: its successor proposal waits for the admin
      if (index === 12 && pair && paired) {
        const exit = make(em, ExitRecord, { unit, cadre: paired.cadre, kind: ExitKind.RESIGNATION, effectiveDate: '2026-12-15', reason: '外出经商，申请辞去村委会主任职务', basis: '《村民委员会组织法》第十八条', approvedBy: '办事处党委', approvedOn: '2026-11-20', submittedOn: '2026-11-10', recordedBy: 'admin' });
        paired.appointment.endDate = '2026-12-15';
        paired.appointment.endedByExitId = exit.id;
        make(em, SuccessionProposal, { unit, post: paired.post, pair, reserveCandidate: pooled, exitRecordId: exit.id, vacatedOn: '2026-12-15' });
      }
      const stage = [ReserveStatus.RECOMMENDED, ReserveStatus.PROPOSED, ReserveStatus.COMMITTEE_APPROVED, ReserveStatus.REJECTED][index % 4]!;
      candidacy(unit, youngCadre(unit, rnd() < 0.5 ? Gender.FEMALE : Gender.MALE, 24 + (index % 11), false), RecommendationSource.SELF, stage);
    }

    // MGT-3 + RES-2 a past exit whose paired reserve succeeded (units 2 and 8) and a pending one (unit 6).
    if ((index === 2 || index === 8) && director) {
      const reserve = candidacy(unit, youngCadre(unit, Gender.MALE, 33, true), RecommendationSource.COMMITTEE, ReserveStatus.IN_POOL);
      const pair = make(em, SuccessionPair, { unit, post: director.post, reserveCandidate: reserve, pairedOn: '2025-07-01', releasedOn: '2025-10-01', releaseReason: PairRelease.SUCCEEDED });
      const exit = make(em, ExitRecord, {
        unit,
        cadre: director.cadre,
        kind: ExitKind.RESIGNATION,
        effectiveDate: '2025-10-01',
        reason: '因身体原因申请辞去职务',
        basis: '《村民委员会组织法》第十八条',
        approvedBy: '办事处党委',
        approvedOn: '2025-09-25',
        submittedOn: '2025-09-10',
        recordedBy: 'admin',
      });
      director.appointment.endDate = '2025-10-01';
      director.appointment.endedByExitId = exit.id;
      const successor = make(em, Appointment, { unit, post: director.post, cadre: reserve.cadre, startDate: '2025-10-01', selectionMethod: SelectionMethod.TWO_RECOMMENDATIONS_ONE_ELECTION, note: '一职一备：后备干部接任' });
      make(em, SuccessionProposal, { unit, post: director.post, pair, reserveCandidate: reserve, exitRecordId: exit.id, vacatedOn: '2025-10-01', status: SuccessionStatus.APPOINTED, appointment: successor });
    }
    if (index === 6) {
      const leaving = team.find((t) => t.post.title === PostTitle.COMMITTEE_MEMBER);
      if (leaving) {
        const exit = make(em, ExitRecord, { unit, cadre: leaving.cadre, kind: ExitKind.TERMINATION, effectiveDate: '2026-12-31', reason: '聘期届满不再续聘', basis: '聘用协议', approvedBy: '办事处党委', decisionNumber: '办党发〔2026〕31号', recordedBy: 'admin' });
        leaving.appointment.endDate = '2026-12-31';
        leaving.appointment.endedByExitId = exit.id;
      }
    }

    // TRN-1/2 secretaries attend the secretaries' course; most team members the 2026 courses.
    for (const member of team) {
      if (member.post.title === PostTitle.PARTY_SECRETARY) make(em, TrainingParticipation, { unit, session: sessions[0]!, cadre: member.cadre, attended: true, confirmedBy: unit.code });
      if (index % 7 !== 3 && rnd() < 0.7) make(em, TrainingParticipation, { unit, session: sessions[2]!, cadre: member.cadre, attended: rnd() < 0.9, confirmedBy: unit.code });
      if (index % 2 === 0 && member.post.title === PostTitle.DIRECTOR) make(em, TrainingParticipation, { unit, session: sessions[1]!, cadre: member.cadre, attended: true, confirmedBy: unit.code });
      if (index % 3 === 0 && rnd() < 0.5) make(em, TrainingParticipation, { unit, session: sessions[3]!, cadre: member.cadre, attended: null });
    }
  });

  // 王家湾村 (cun01), the village of the demo's unit login, has something in every list of its
  // menu (made after the other units, so that their names and numbers stay as they were).
  const village = units.find((u) => u.unit.code === 'cun01');
  if (village) seedVillageWorkflows(village);

  /**
   * cun01's reserves, pair, exit and succession: the holder who left a post mid-term (2024) resigned,
   * and the reserve paired with that post since 2023 succeeded to it (RES-2, MGT-3); today a young
   * reserve in the pool backs the deputy director's post (RES-1), and another is at the unit's step.
   */
  function seedVillageWorkflows({ unit, team, former = [] }: SeededUnit): void {
    const left = former.filter((f) => f.appointment.endDate && team.some((t) => t.post === f.post && t.appointment.startDate === f.appointment.endDate)).sort((a, b) => (a.appointment.endDate! < b.appointment.endDate! ? 1 : -1))[0];
    const successor = left && team.find((t) => t.post === left.post);
    if (left && successor) {
      const vacatedOn = left.appointment.endDate!;
      const year = Number(vacatedOn.slice(0, 4)) - 1;
      const reserve = candidacy(unit, successor.cadre, RecommendationSource.COMMITTEE, ReserveStatus.IN_POOL, {
        recommended: `${year}-03-10`,
        proposed: `${year}-04-06`,
        reviewed: `${year}-05-12`,
        pooled: `${year}-06-16`,
        exposure: `${year}-07-01`,
        responsibility: `${year}-09-01`,
      });
      const pair = make(em, SuccessionPair, { unit, post: left.post, reserveCandidate: reserve, pairedOn: `${year}-07-01`, releasedOn: vacatedOn, releaseReason: PairRelease.SUCCEEDED });
      const exit = make(em, ExitRecord, {
        unit,
        cadre: left.cadre,
        kind: ExitKind.RESIGNATION,
        effectiveDate: vacatedOn,
        reason: `因照顾家庭申请辞去${left.post.name}职务`,
        basis: '本人书面申请，经村党组织研究同意',
        approvedBy: '办事处党委',
        approvedOn: addDays(vacatedOn, -10),
        submittedOn: addDays(vacatedOn, -25),
        recordedBy: 'admin',
      });
      left.appointment.endedByExitId = exit.id;
      successor.appointment.note = '一职一备：后备干部接任';
      make(em, SuccessionProposal, { unit, post: left.post, pair, reserveCandidate: reserve, exitRecordId: exit.id, vacatedOn, status: SuccessionStatus.APPOINTED, appointment: successor.appointment });
    }
    const deputy = team.find((t) => t.post.title === PostTitle.DEPUTY_DIRECTOR) ?? team.find((t) => t.post.title === PostTitle.DEPUTY_PARTY_SECRETARY);
    const pooled = candidacy(unit, youngCadre(unit, Gender.FEMALE, 29, true), RecommendationSource.DEMOCRATIC, ReserveStatus.IN_POOL);
    if (deputy) make(em, SuccessionPair, { unit, post: deputy.post, reserveCandidate: pooled, pairedOn: '2025-07-01' });
    candidacy(unit, youngCadre(unit, Gender.MALE, 27, false), RecommendationSource.SELF, ReserveStatus.PROPOSED);
  }
  return created;
}

/** The ISO date `days` after `date` (before it when negative). */
function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
