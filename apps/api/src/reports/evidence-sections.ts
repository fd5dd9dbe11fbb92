import {
  AssessmentYearStatus,
  Role,
  combinedScore,
  halfName,
  heldDuringHalf,
  isPoorPoll,
  isReportDue,
  isoDateOf,
  missingFlaggedFrom,
  pollScore,
  pollVotes,
  unitKindLabels,
  type Half,
  type IsoDate,
  type UnitKind,
} from '@liangwei/domain';
import { registerEvidenceSection, type EvidenceItemData } from '../evidence/evidence';
import { policyOfYear } from '../pay/secretaries';
import { Appointment } from '../cadre/appointment.entity';
import { AssessmentYear } from '../assessment/assessment.entities';
import { num, query, scoped, sql } from '../common/sql';
import { DutyReport } from './duty-report.entity';
import { AUDIENCE_DATES, pollOf } from './duty-report.resource';

/** 2026-07-05 → 2026年7月5日 */
export function zhDate(date: IsoDate): string {
  return `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

const score = (value: number | null | undefined): string => (value == null ? '未评' : `${value} 分`);

/** TGT-5 / TGT-3 / TGT-4 the cadre's duty reports of the year with their 三评, and the halves already ended without one */
registerEvidenceSection({
  key: 'dutyReports',
  order: 40,
  async load(ctx, cadre, year) {
    const [reports, appointments, policy] = await Promise.all([
      ctx.em.find(DutyReport, { cadre: cadre.id, year }, { orderBy: { half: 'asc' } }),
      ctx.em.find(Appointment, { cadre: cadre.id, startDate: { $lte: `${year}-12-31` }, $or: [{ endDate: null }, { endDate: { $gt: `${year}-01-01` } }] }),
      policyOfYear(ctx, year),
    ]);
    const items: EvidenceItemData[] = [];
    for (const half of [1, 2] as Half[]) {
      const r = reports.find((x) => x.half === half);
      if (!r) {
        const member = appointments.some((a) => heldDuringHalf({ cadreId: cadre.id, unitId: cadre.unitId, startDate: a.startDate, endDate: a.endDate ?? null }, year, half));
        if (member && isReportDue(year, half, ctx.today)) items.push({ date: missingFlaggedFrom(year, half), title: `${halfName(year, half)}述职`, detail: '未登记述职', status: '未按期述职' });
        continue;
      }
      const poll = pollOf(r);
      const given = AUDIENCE_DATES.map((a) => (r[a.field] ? `${a.zh.replace('日期', '')}：${zhDate(r[a.field]!)}` : `${a.zh.replace('日期', '')}：未述职`));
      const votes = pollVotes(poll);
      const pollText =
        votes == null
          ? '党员群众测评：未测评'
          : `党员群众测评：${score(pollScore(poll, policy))}(好 ${poll.good ?? 0}、较好 ${poll.fairlyGood ?? 0}、一般 ${poll.average ?? 0}、差 ${poll.poor ?? 0}；发放 ${poll.ballotsIssued ?? '—'} 张，收回 ${poll.ballotsReturned ?? '—'} 张)`;
      const combined = combinedScore({ selfEvaluationScore: r.selfEvaluationScore ?? null, higherEvaluationScore: r.higherEvaluationScore ?? null, poll }, policy);
      const detail = [...given, `基层组织自评：${score(r.selfEvaluationScore)}`, pollText, `上级组织考评：${score(r.higherEvaluationScore)}`, `综合得分：${score(combined)}`, r.summary ? `述职内容：${r.summary}` : null]
        .filter(Boolean)
        .join('；');
      const dates = AUDIENCE_DATES.map((a) => r[a.field]).filter((d): d is string => !!d).sort();
      const status = isPoorPoll(poll, policy) ? '测评“差”票超过预警线' : combined != null ? `三评完成，综合 ${combined} 分` : '三评未完成';
      items.push({ date: dates[dates.length - 1] ?? null, title: `${halfName(year, half)}述职`, detail, status });
    }
    return items;
  },
});

/**
 * TGT-5 / ASM-3 the thousand-point result of the cadre's unit for the year: the published total
 * and rank within its kind (ASM-2: public); for a draft year the subdistrict sees the total so
 * far, a unit nothing (ASM-5).
 */
registerEvidenceSection({
  key: 'assessment',
  order: 60,
  async load(ctx, cadre, year) {
    const y = await ctx.em.findOne(AssessmentYear, { year });
    if (y?.status === AssessmentYearStatus.PUBLISHED) {
      const [row] = await query<{ total: unknown; rank: unknown; is_last: unknown; kind: UnitKind; n: unknown }>(
        ctx.em,
        sql`SELECT e.total, e.rank, e.is_last, e.kind, (SELECT COUNT(*) FROM ranking_entry x WHERE x.year = e.year AND x.kind = e.kind) AS n
          FROM ranking_entry e WHERE e.year = ${year} AND e.ranked_unit_id = ${cadre.unitId}`,
      );
      if (!row) return [];
      const kind = unitKindLabels[row.kind]?.zh ?? '';
      const last = row.is_last === true || num(row.is_last) === 1;
      return [
        {
          date: y.publishedAt ? isoDateOf(y.publishedAt) : null,
          title: `${year}年度千分制考核`,
          detail: `总分 ${num(row.total)} 分，在 ${num(row.n)} 个${kind}中排名第 ${num(row.rank)}`,
          status: last ? '已公布(末位)' : '已公布',
        },
      ];
    }
    if (ctx.viewer?.role === Role.UNIT_USER || !y) return [];
    const [row] = await query<{ total: unknown; n: unknown }>(ctx.em, sql`SELECT SUM(s.points) AS total, COUNT(*) AS n FROM assessment_score s WHERE s.year = ${year} AND s.unit_id = ${cadre.unitId}${scoped(ctx, 's.unit_id')}`);
    if (!row || num(row.n) === 0) return [];
    return [{ date: null, title: `${year}年度千分制考核`, detail: `目前得分 ${Math.round(num(row.total) * 100) / 100} 分(草稿，尚未公布)`, status: '草稿' }];
  },
});
