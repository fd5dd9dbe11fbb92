import ExcelJS from 'exceljs';
import { Problems, isIsoDate, label, unitKindLabels, type UnitKind as UnitKindT } from '@liangwei/domain';
import { attachment, registerHttpRoute } from '../http/routes';
import type { Context } from '../graphql/context';
import { num, query } from '../common/sql';
import { TeamStatisticsResolver, type Bucket } from './team.resolver';
import { perUnitStatement } from './team-queries';

/**
 * ORG-3 The team statistics as an .xlsx workbook: `GET /excel/team-statistics.xlsx?asOf=&unitId=&kind=`
 * (the viewer from the bearer token or `access_token`; a unit user gets its own unit's figures).
 * One sheet of breakdowns with the "as of" date in its title, one sheet per unit.
 */

function checkedParams(url: URL): { asOf: string | null; unitId: string | null; kind: string | null } {
  const asOf = url.searchParams.get('asOf') || null;
  const unitId = url.searchParams.get('unitId') || null;
  const kind = url.searchParams.get('kind') || null;
  new Problems()
    .check(asOf == null || isIsoDate(asOf), 'asOf', 'a date YYYY-MM-DD', '日期格式应为 YYYY-MM-DD')
    .check(unitId == null || unitId.length <= 64, 'unitId', 'an id', '单位编号无效')
    .check(kind == null || kind in unitKindLabels, 'kind', 'VILLAGE or COMMUNITY', '单位类别应为村或社区')
    .throwIfAny();
  return { asOf, unitId, kind };
}

export async function teamStatisticsWorkbook(ctx: Context, asOf: string | null, unitId: string | null, kind: string | null): Promise<{ workbook: ExcelJS.Workbook; asOf: string }> {
  const stats = await new TeamStatisticsResolver().teamStatistics(asOf, unitId, kind, ctx);
  const units = await query(ctx.em, perUnitStatement(ctx, { asOf: stats.asOf, unitId, kind }));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '两委干部管理';
  const sheet = workbook.addWorksheet('班子结构统计');
  sheet.columns = [{ width: 22 }, { width: 26 }, { width: 12 }, { width: 12 }];
  const title = sheet.addRow([`两委班子结构统计（截至 ${stats.asOf}）`]);
  title.font = { bold: true, size: 14 };
  sheet.addRow([`范围：${kind ? label(unitKindLabels, kind as UnitKindT) : '全部村(社区)'}${unitId ? `，单位 ${units[0]?.name ?? ''}` : ''}`]);
  sheet.addRow([]);
  sheet.addRow(['班子人数', stats.teamSize]);
  sheet.addRow(['平均年龄', stats.averageAge ?? '—']);
  sheet.addRow(['岗位数', stats.posts]);
  sheet.addRow(['空缺岗位', stats.vacancies]);
  sheet.addRow(['已结对岗位(一职一备)', stats.pairedPosts]);
  const coverage = sheet.addRow(['一职一备覆盖率', stats.coverage ?? '—']);
  if (stats.coverage != null) coverage.getCell(2).numFmt = '0.0%';
  const section = (name: string, buckets: Bucket[]) => {
    sheet.addRow([]);
    const head = sheet.addRow([name, '类别', '人数', '占比']);
    head.font = { bold: true };
    const total = buckets.reduce((sum, b) => sum + b.count, 0);
    for (const b of buckets) {
      const row = sheet.addRow(['', b.label, b.count, total ? b.count / total : 0]);
      row.getCell(4).numFmt = '0.0%';
    }
  };
  section('年龄段', stats.byAgeBand);
  section('性别', stats.byGender);
  section('学历', stats.byEducation);
  section('政治面貌', stats.byPartyMembership);
  section('民族', stats.byEthnicity);
  section('大学生村官', stats.byCollegeGraduateOfficial);
  section('后备干部(按状态)', stats.reservesByStatus);
  section('入库后备干部(按推荐方式)', stats.reservesBySource);

  const perUnit = workbook.addWorksheet('各单位');
  perUnit.columns = [
    { header: '单位', width: 20 },
    { header: '类别', width: 8 },
    { header: '班子人数', width: 10 },
    { header: '岗位数', width: 10 },
    { header: '空缺岗位', width: 10 },
    { header: '已结对岗位', width: 12 },
    { header: '一职一备覆盖率', width: 16 },
  ];
  perUnit.getRow(1).font = { bold: true };
  for (const row of units) {
    const posts = num(row.posts);
    const paired = num(row.paired);
    const added = perUnit.addRow([String(row.name), label(unitKindLabels, String(row.kind) as UnitKindT), num(row.team_size), posts, num(row.vacant), paired, posts ? paired / posts : '—']);
    added.getCell(7).numFmt = '0.0%';
  }
  return { workbook, asOf: stats.asOf };
}

registerHttpRoute({
  method: 'GET',
  path: /^\/excel\/team-statistics\.xlsx$/,
  async handle(req, res, ctx) {
    const { asOf, unitId, kind } = checkedParams(new URL(req.url ?? '/', 'http://x'));
    const { workbook, asOf: date } = await teamStatisticsWorkbook(ctx, asOf, unitId, kind);
    const buffer = await workbook.xlsx.writeBuffer();
    res
      .writeHead(200, {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': attachment(`班子结构统计-${date}.xlsx`),
        'cache-control': 'no-store',
      })
      .end(Buffer.from(buffer as ArrayBuffer));
  },
});
