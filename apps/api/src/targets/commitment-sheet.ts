import {
  NotFoundError,
  PlanItemKind,
  PlanStatus,
  UnitKind,
  commitmentMethodLabels,
  formatYuan,
  label,
  parseIsoDate,
  planStatusLabels,
  type IsoDate,
} from '@liangwei/domain';
import type { Context } from '../graphql/context';
import { assertCan, findVisible } from '../resource/resource';
import { registerDocument, type DocBlock, type DocCell, type DocModel } from '../documents/model';
import { Unit } from '../org/unit.entity';
import { AnnualPlan, PlanItem } from './targets.entities';

/** 2026-03-15 → 2026年3月15日 */
export function chineseDate(date: IsoDate | null | undefined): string {
  const p = date ? parseIsoDate(date) : null;
  return p ? `${p.year}年${p.month}月${p.day}日` : '____年__月__日';
}

const APPROVED_OR_LATER: readonly string[] = [PlanStatus.APPROVED, PlanStatus.COMMITTED, PlanStatus.JUDGED];

/**
 * TGT-2 The public commitment sheet (公开承诺书) of a unit's annual plan: the team's annual targets
 * and practical matters with their deadlines, when and how they were committed, and the lines the
 * secretary and the director sign. A plan not yet approved prints as a draft (草案) for consultation.
 */
export function commitmentSheetModel(unit: { name: string; kind: string }, plan: AnnualPlan, items: PlanItem[]): DocModel {
  const targets = items.filter((i) => i.kind === PlanItemKind.TARGET);
  const matters = items.filter((i) => i.kind === PlanItemKind.PRACTICAL_MATTER);
  const approved = APPROVED_OR_LATER.includes(plan.status);
  const committee = unit.kind === UnitKind.COMMUNITY ? '居委会' : '村委会';
  const people = unit.kind === UnitKind.COMMUNITY ? '居民' : '村民';
  const title = `${unit.name}${plan.year}年度公开承诺书${approved ? '' : '(草案)'}`;
  const none: DocCell[] = [{ text: '(无)', colSpan: 1 }];
  const blocks: DocBlock[] = [
    {
      kind: 'paragraph',
      text: `为践行全心全意为人民服务的宗旨，接受党员和${people}群众监督，本村(社区)“两委”班子在广泛征求党员${people}意见的基础上，制定了${plan.year}年度工作目标和为民实事${approved ? `，经街道党工委审定` : ''}，现向全体党员和${people}群众郑重承诺如下：`,
    },
    { kind: 'heading', text: '一、年度工作目标' },
    {
      kind: 'table',
      header: ['序号', '目标内容', '完成时限'],
      rows: targets.length ? targets.map((t, i) => [String(i + 1), t.detail ? `${t.title}：${t.detail}` : t.title, t.deadline ? chineseDate(t.deadline) : '年内']) : [[...none, '', '']],
      widths: [1, 8, 3],
    },
    { kind: 'heading', text: '二、为民办实事' },
    {
      kind: 'table',
      header: ['序号', '实事内容', '受益对象', '预算', '完成时限'],
      rows: matters.length
        ? matters.map((m, i) => [String(i + 1), m.detail ? `${m.title}：${m.detail}` : m.title, m.beneficiaries ?? '', m.budget != null ? formatYuan(m.budget) : '', chineseDate(m.deadline)])
        : [[...none, '', '', '', '']],
      widths: [1, 6, 3, 2, 3],
    },
    { kind: 'heading', text: '三、承诺公开' },
    {
      kind: 'paragraph',
      text:
        plan.committedOn && plan.commitmentMethod
          ? `本承诺已于${chineseDate(plan.committedOn)}通过${label(commitmentMethodLabels, plan.commitmentMethod)}向党员和${people}群众公开${plan.commitmentNote ? `(${plan.commitmentNote})` : ''}。`
          : `本承诺尚未公开(当前状态：${label(planStatusLabels, plan.status)})。`,
    },
    { kind: 'paragraph', text: `我们将按照承诺事项和完成时限认真抓好落实，定期公开进展情况，年终接受街道党工委评定和党员${people}群众评议。` },
    {
      kind: 'signature',
      lines: [`党组织书记(签字)：____________`, `${committee}主任(签字)：____________`, `${unit.name}“两委”班子`, chineseDate(plan.committedOn ?? plan.approvedOn ?? null)],
    },
  ];
  return { title, date: chineseDate(plan.committedOn ?? plan.approvedOn ?? null), blocks, filename: `${unit.name}${plan.year}年度公开承诺书` };
}

/** TGT-2 `GET /documents/commitment-sheet/<plan id>.pdf|.docx`: whoever may read the plan (a unit user its own only). */
export async function loadCommitmentSheet(ctx: Context, id: string): Promise<DocModel> {
  assertCan(ctx, 'show', 'annualPlans');
  const plan = await findVisible(ctx.em, AnnualPlan, id);
  if (!plan) throw new NotFoundError('AnnualPlan', id, '未找到该年度计划');
  const unit = await ctx.em.findOneOrFail(Unit, { id: plan.unit.id });
  const items = await ctx.em.find(PlanItem, { plan }, { orderBy: { sortOrder: 'asc', id: 'asc' } });
  return commitmentSheetModel(unit, plan, items);
}

registerDocument({ kind: 'commitment-sheet', load: loadCommitmentSheet });
