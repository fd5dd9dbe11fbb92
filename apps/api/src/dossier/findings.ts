import { chineseDate, findingCategoryLabels, findingSeverityLabels, isOverdue, rectificationStatusLabels } from '@liangwei/domain';
import type { DocBlock } from '../documents/model';
import type { Context } from '../graphql/context';
import { InspectionFinding } from '../inspection/inspection.entities';

/**
 * 一村一档: the unit's inspection findings of the last three years as issued in the notices
 * (督查发现问题及整改情况), with the rectification's state and whether it is overdue (INS-1). Drafts are
 * not in a dossier. One statement (the round joined).
 */
export async function inspectionFindingsSection(ctx: Context, unitId: string): Promise<DocBlock[]> {
  const since = `${Number(ctx.today.slice(0, 4)) - 2}-01-01`;
  const findings = await ctx.em.find(
    InspectionFinding,
    { unit: unitId, issuedOn: { $ne: null, $gte: since } },
    { populate: ['round'], orderBy: { issuedOn: 'asc', id: 'asc' } },
  );
  if (findings.length === 0) return [{ kind: 'paragraph', text: '近三年无督查发现问题。' }];
  return [
    {
      kind: 'table',
      header: ['督查月份', '问题类别', '问题', '整改要求', '整改时限', '整改情况'],
      widths: [12, 14, 28, 24, 12, 12],
      rows: findings.map((f) => {
        const state = findingLabel(rectificationStatusLabels, f.status) + (isOverdue(f.deadline, f.status, ctx.today) ? '（逾期）' : '');
        return [
          f.round.month.replace(/^(\d{4})-(\d{2})$/, (_m, y: string, m: string) => `${y}年${Number(m)}月`),
          `${findingLabel(findingCategoryLabels, f.category)}（${findingLabel(findingSeverityLabels, f.severity)}）`,
          f.facts,
          f.requiredRectification,
          f.deadline ? chineseDate(f.deadline) : '—',
          state,
        ];
      }),
    },
  ];
}

function findingLabel<K extends string>(labels: Record<K, { zh: string }>, key: K): string {
  return labels[key]?.zh ?? key;
}
