import {
  NoticeStatus as NS,
  RectificationStatus as RS,
  Role,
  chineseDate,
  findingCategoryLabels,
  formatNoticeNumber,
  isOverdue,
  label,
  rectificationStatusLabels,
} from '@liangwei/domain';
import type { Context } from '../graphql/context';
import { registerDocument, type DocBlock, type DocCell, type DocModel } from '../documents/model';
import { registerEvidenceSection } from '../evidence/evidence';
import { registerWorkSource } from '../work/work';
import { InspectionFinding, type InspectionNoticeItem } from './inspection.entities';
import { noticeItems, visibleNotice } from './inspection.resolver';

/** INS-1 The issuing body printed on notices: `NOTICE_ISSUER`, or the placeholder of the source's template. */
export function noticeIssuer(): string {
  return process.env.NOTICE_ISSUER?.trim() || '中共XX街道工作委员会';
}

/** INS-1 The printable month's notice: issuer, title, number, date, body, the findings per unit as a table, signature. */
export async function inspectionNoticeModel(ctx: Context, id: string): Promise<DocModel> {
  const n = await visibleNotice(ctx, id);
  const items: InspectionNoticeItem[] = n.status === NS.DRAFT ? (await noticeItems(ctx, n.round.id)).items : (n.snapshot ?? []);
  const issuer = noticeIssuer();
  const numberText = formatNoticeNumber(n.year, n.number);
  const blocks: DocBlock[] = [];
  if (n.revision > 1 && n.reissueReason) blocks.push({ kind: 'paragraph', text: `（本期为更正稿，更正理由：${n.reissueReason}）`, indent: false });
  blocks.push({ kind: 'paragraph', text: '各村（社区）党组织：', indent: false });
  for (const paragraph of (n.body ?? '').split(/\n+/).map((p) => p.trim()).filter(Boolean)) blocks.push({ kind: 'paragraph', text: paragraph });
  if (items.length === 0) {
    blocks.push({ kind: 'paragraph', text: '本月督查未发现需通报的问题。' });
  } else {
    blocks.push({ kind: 'heading', text: '督查发现的问题及整改要求' });
    const rows: DocCell[][] = [];
    const units = [...new Set(items.map((i) => i.unitName))];
    units.forEach((unitName, u) => {
      const own = items.filter((i) => i.unitName === unitName);
      own.forEach((i, k) => {
        const row: DocCell[] = [];
        if (k === 0) row.push({ text: `${u + 1}. ${unitName}`, rowSpan: own.length });
        row.push(i.cadreName ?? '—', `${i.category}（${i.severity}）`, i.facts, i.requiredRectification, i.deadline ? chineseDate(i.deadline) : '—');
        rows.push(row);
      });
    });
    blocks.push({ kind: 'table', header: ['村（社区）', '干部', '问题类别', '存在问题', '整改要求', '整改时限'], rows, widths: [3, 2, 3, 6, 5, 3] });
    blocks.push({ kind: 'paragraph', text: '请各村（社区）对照通报问题认真整改，于整改时限前将整改情况报送街道党工委；逾期未整改到位的，将按规定计入年度考核。' });
  }
  blocks.push({ kind: 'signature', lines: [issuer, chineseDate(n.date)] });
  return {
    issuer,
    title: n.title,
    docNumber: n.revision > 1 ? `${numberText}（更正）` : numberText,
    date: chineseDate(n.date),
    blocks,
    filename: `督查通报${n.year}年第${n.number}期${n.revision > 1 ? `-更正${n.revision - 1}` : ''}`,
    landscape: true,
  };
}

registerDocument({ kind: 'inspection-notice', load: inspectionNoticeModel });

/** TGT-5 the cadre's findings of the year (as the cadre concerned or the one responsible), with the rectification's state */
registerEvidenceSection({
  key: 'inspections',
  order: 20,
  async load(ctx, cadre, year) {
    const findings = await ctx.em.find(
      InspectionFinding,
      {
        $or: [{ cadre: cadre.id }, { responsibleCadre: cadre.id }],
        round: { month: { $gte: `${year}-01`, $lte: `${year}-12` } },
        ...(ctx.viewer?.role === Role.UNIT_USER ? { issuedOn: { $ne: null } } : {}),
      },
      { populate: ['round'], orderBy: { round: { month: 'asc' }, createdAt: 'asc', id: 'asc' } },
    );
    return findings.map((f) => {
      const month = f.round.month;
      const overdue = isOverdue(f.deadline ?? null, f.status, ctx.today);
      return {
        date: f.issuedOn ?? f.deadline ?? null,
        title: `${Number(month.slice(0, 4))}年${Number(month.slice(5))}月督查：${label(findingCategoryLabels, f.category)}`,
        detail: f.deadline ? `${f.facts}（整改时限：${chineseDate(f.deadline)}）` : f.facts,
        status: `${label(rectificationStatusLabels, f.status)}${overdue ? '，已逾期' : ''}${f.issuedOn ? '' : '，尚未通报'}`,
      };
    });
  },
});

const filterLink = (filter: Record<string, unknown>) => `/inspectionFindings?filter=${encodeURIComponent(JSON.stringify(filter))}`;

/** INS-1 the unit's findings to rectify: issued, open or returned */
registerWorkSource({
  key: 'inspection-rectify',
  roles: [Role.UNIT_USER],
  label: { zh: '待整改的督查问题', en: 'Inspection findings to rectify' },
  link: filterLink({ statuses: [RS.OPEN, RS.RETURNED] }),
  count: (ctx) => ctx.em.count(InspectionFinding, { status: { $in: [RS.OPEN, RS.RETURNED] }, issuedOn: { $ne: null } }),
});

/** INS-1 reports waiting for the subdistrict's acceptance or return */
registerWorkSource({
  key: 'inspection-review',
  roles: [Role.SUBDISTRICT_ADMIN],
  label: { zh: '待审核的整改报告', en: 'Rectification reports to review' },
  link: filterLink({ status: RS.SUBMITTED }),
  count: (ctx) => ctx.em.count(InspectionFinding, { status: RS.SUBMITTED }),
});
