import {
  ConsequenceStatus,
  NotFoundError,
  PostTitle,
  chineseDate,
  complianceShortfalls,
  consequenceKindLabels,
  consequenceStatusLabels,
  describeShortfall,
  educationLabels,
  genderLabels,
  label,
  politicalStatusLabels,
  seesAllUnits,
  ageOn,
  unitKindLabels,
} from '@liangwei/domain';
import type { DocBlock, DocCell, DocModel } from '../documents/model';
import { registerDocument } from '../documents/model';
import type { Context } from '../graphql/context';
import { assertCan } from '../resource/resource';
import { requireViewer } from '../auth/viewer';
import { num, pageClause, query } from '../common/sql';
import { compareByNameSort, compareCodePoints, nameSortKey } from '../common/name-sort';
import { Unit } from '../org/unit.entity';
import { Post } from '../org/post.entity';
import { Appointment } from '../cadre/appointment.entity';
import { Cadre } from '../cadre/cadre.entity';
import { SuccessionPair } from '../reserve/reserve.entities';
import { complianceRows, gapRows } from '../reserve/reserve-queries';
import { Consequence } from '../assessment/assessment.entities';
import { hoursRows } from '../training/training-queries';
import { policyOfYear } from '../pay/secretaries';
import { assessmentLine, recentAssessments } from '../cadre-form/form-data';
import { inspectionFindingsSection } from './findings';

const POST_ORDER: string[] = Object.values(PostTitle);
const monthText = (date: string) => `${Number(date.slice(0, 4))}.${date.slice(5, 7)}`;
const center = (text: string): DocCell => ({ text, align: 'center' });

/** Posts in official order, then by name (pinyin, as names are sorted everywhere) and id. */
function comparePosts(keys: Map<string, string>): (a: Post, b: Post) => number {
  const key = (p: Post) => keys.get(p.id) ?? '';
  return (a, b) => POST_ORDER.indexOf(a.title) - POST_ORDER.indexOf(b.title) || compareCodePoints(key(a), key(b)) || compareCodePoints(a.id, b.id);
}

const postKeys = (posts: readonly Post[]): Map<string, string> => new Map(posts.map((p) => [p.id, nameSortKey(p.name)]));

/**
 * 一村一档: a unit's dossier on the request's date — its team (every post and its holders), the
 * composition check (RES-4), 一职一备 pairs and gaps (RES-1), the published assessment results of
 * the last three years and their consequences (ASM-3, MGT-2), the year's training hours (TRN-2) and
 * the inspection findings (a section the inspection module fills). The subdistrict prints any
 * unit's; a unit user its own only (another unit is NOT_FOUND, ROLE-4).
 */
export async function unitDossier(ctx: Context, unitId: string): Promise<DocModel> {
  const viewer = requireViewer(ctx);
  assertCan(ctx, 'show', 'units');
  if (!seesAllUnits(viewer) && viewer.unitId !== unitId) throw new NotFoundError('Unit', unitId);
  const unit = await ctx.em.findOne(Unit, { id: unitId });
  if (!unit) throw new NotFoundError('Unit', unitId);
  const today = ctx.today;
  const year = Number(today.slice(0, 4));
  const blocks: DocBlock[] = [];
  blocks.push({ kind: 'paragraph', text: `单位类型：${label(unitKindLabels, unit.kind)}\u3000\u3000建档日期：${chineseDate(today)}`, indent: false });

  // --- 一、班子成员
  blocks.push({ kind: 'heading', text: '一、班子成员' });
  const posts = await ctx.em.find(Post, { unit });
  posts.sort(comparePosts(postKeys(posts)));
  const open = await ctx.em.find(Appointment, { unit, startDate: { $lte: today }, $or: [{ endDate: null }, { endDate: { $gt: today } }] }, { populate: ['cadre', 'post'], orderBy: { startDate: 'asc', id: 'asc' } });
  const teamRows: DocCell[][] = [];
  for (const post of posts) {
    const holders = open.filter((a) => a.post.id === post.id);
    if (holders.length === 0) teamRows.push([post.name, { text: '空缺', colSpan: 6, align: 'center' }]);
    for (const a of holders) {
      const c: Cadre = a.cadre;
      teamRows.push([
        post.name,
        center(c.name),
        center(label(genderLabels, c.gender)),
        center(String(ageOn(c.birthDate, today))),
        center(c.education ? label(educationLabels, c.education) : ''),
        center(c.politicalStatus ? label(politicalStatusLabels, c.politicalStatus) : ''),
        center(monthText(a.startDate)),
      ]);
    }
  }
  blocks.push(
    teamRows.length
      ? { kind: 'table', header: ['岗位', '姓名', '性别', '年龄', '学历', '政治面貌', '任职时间'], rows: teamRows, widths: [22, 12, 8, 8, 14, 16, 12] }
      : { kind: 'paragraph', text: '本单位尚未设置岗位。' },
  );

  // --- 二、班子结构 (RES-4)
  blocks.push({ kind: 'heading', text: '二、班子结构' });
  const policy = await policyOfYear(ctx, year);
  const [row] = await query(ctx.em, complianceRows(ctx, today, policy, { unitId }, pageClause({ perPage: 1 })));
  const counts = { aged45OrUnder: num(row?.aged45), aged35OrUnder: num(row?.aged35), femaleReserves: num(row?.female_reserves) };
  const shortfalls = complianceShortfalls(counts, policy).map((s) => describeShortfall(s, policy).zh);
  blocks.push({
    kind: 'table',
    header: ['班子人数', `${policy.reserveYoungAge}岁及以下`, `${policy.reserveYoungerAge}岁及以下`, '女性后备干部', '是否达标'],
    rows: [[center(String(num(row?.team_size))), center(String(counts.aged45OrUnder)), center(String(counts.aged35OrUnder)), center(String(counts.femaleReserves)), center(shortfalls.length ? '未达标' : '达标')]],
  });
  if (shortfalls.length) blocks.push({ kind: 'paragraph', text: `存在不足：${shortfalls.join('；')}。` });

  // --- 三、一职一备 (RES-1)
  blocks.push({ kind: 'heading', text: '三、一职一备' });
  const pairs = await ctx.em.find(SuccessionPair, { unit, pairedOn: { $lte: today }, $or: [{ releasedOn: null }, { releasedOn: { $gt: today } }] }, { populate: ['post', 'reserveCandidate.cadre'] });
  const byPost = comparePosts(postKeys(pairs.map((p) => p.post)));
  pairs.sort((a, b) => byPost(a.post, b.post) || compareByNameSort(a.reserveCandidate.cadre, b.reserveCandidate.cadre) || compareCodePoints(a.id, b.id));
  if (pairs.length) {
    blocks.push({ kind: 'table', header: ['岗位', '后备人选', '结对时间'], rows: pairs.map((p) => [p.post.name, center(p.reserveCandidate.cadre.name), center(chineseDate(p.pairedOn))]), widths: [30, 30, 40] });
  }
  const gaps = await query<{ name: string }>(ctx.em, gapRows(ctx, today, { unitId }, pageClause({})));
  blocks.push({ kind: 'paragraph', text: gaps.length ? `尚未落实"一职一备"的岗位：${gaps.map((g) => g.name).join('、')}。` : '各岗位均已落实"一职一备"。' });

  // --- 四、近三年考核结果及结果运用 (ASM-3, MGT-2)
  blocks.push({ kind: 'heading', text: '四、近三年考核结果及结果运用' });
  const results = await recentAssessments(ctx, unitId, today);
  blocks.push({ kind: 'paragraph', text: results.length ? `${results.map(assessmentLine).join('；')}。` : '近三年暂无已公布的考核结果。' });
  const consequences = results.length
    ? await ctx.em.find(Consequence, { unit, year: { $in: results.map((r) => r.year) }, status: { $ne: ConsequenceStatus.DISMISSED } }, { orderBy: { year: 'asc', kind: 'asc', id: 'asc' } })
    : [];
  if (consequences.length) {
    blocks.push({
      kind: 'table',
      header: ['年度', '结果运用', '对象', '状态'],
      rows: consequences.map((c) => [center(`${c.year}年度`), center(label(consequenceKindLabels, c.kind)), center(c.subjectName ?? ''), center(label(consequenceStatusLabels, c.status))]),
    });
  }

  // --- 五、培训学时 (TRN-2)
  blocks.push({ kind: 'heading', text: `五、${year}年度培训学时` });
  const hours = await query<{ cadre_id: string; hours: unknown; sessions: unknown }>(ctx.em, hoursRows(ctx, year, unitId, pageClause({})));
  if (hours.length) {
    const cadres = await ctx.em.find(Cadre, { id: { $in: hours.map((h) => h.cadre_id) } });
    const byId = new Map(cadres.map((c) => [c.id, c]));
    blocks.push({ kind: 'table', header: ['姓名', '培训次数', '学时'], rows: hours.map((h) => [center(byId.get(h.cadre_id)?.name ?? ''), center(String(num(h.sessions))), center(String(num(h.hours)))]) });
  } else {
    blocks.push({ kind: 'paragraph', text: '本年度暂无参加培训的记录。' });
  }

  // --- 六、督查发现问题及整改情况 (INS-1)
  blocks.push({ kind: 'heading', text: '六、督查发现问题及整改情况' });
  blocks.push(...(await inspectionFindingsSection(ctx, unitId)));

  return { title: `${unit.name}"一村一档"`, date: chineseDate(today), blocks, filename: `一村一档-${unit.name}` };
}

registerDocument({ kind: 'unit-dossier', load: unitDossier });
