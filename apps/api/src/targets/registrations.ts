import {
  PlanStatus,
  Role,
  canAccess,
  fulfilmentLabels,
  label,
  planItemKindLabels,
  planStatusLabels,
  progressStatusLabels,
  commitmentMethodLabels,
  formatYuan,
  postTitleLabels,
} from '@liangwei/domain';
import type { Context } from '../graphql/context';
import { registerEvidenceSection, type EvidenceItemData } from '../evidence/evidence';
import { registerWorkSource } from '../work/work';
import { Appointment } from '../cadre/appointment.entity';
import { Post } from '../org/post.entity';
import { AnnualPlan, DutyTemplate, PlanItem, PostDuty } from './targets.entities';
import { chineseDate } from './commitment-sheet';
import { progressDueWhere } from './targets.resource';

/** TGT-5 The duties of the posts the cadre held in the year: the post's own, else its title's template. */
async function dutiesEvidence(ctx: Context, cadre: { id: string }, year: number): Promise<EvidenceItemData[]> {
  const appointments = await ctx.em.find(
    Appointment,
    { cadre: cadre.id, startDate: { $lte: `${year}-12-31` }, $or: [{ endDate: null }, { endDate: { $gte: `${year}-01-01` } }] },
    { populate: ['post'], orderBy: { startDate: 'asc' } },
  );
  if (!appointments.length) return [];
  const posts = appointments.map((a) => a.post as Post);
  const [own, templates] = await Promise.all([
    ctx.em.find(PostDuty, { post: { $in: posts.map((p) => p.id) } }),
    canAccess(ctx.viewer, 'list', 'dutyTemplates') ? ctx.em.find(DutyTemplate, { title: { $in: posts.map((p) => p.title) } }) : Promise.resolve([] as DutyTemplate[]),
  ]);
  return appointments.map((a) => {
    const post = a.post as Post;
    const duties = own.find((d) => d.post.id === post.id)?.duties ?? templates.find((t) => t.title === post.title)?.duties ?? null;
    return {
      date: a.startDate > `${year}-01-01` ? a.startDate : null,
      title: `岗位职责：${post.name || label(postTitleLabels, post.title)}`,
      detail: duties,
      status: duties ? null : '未制定岗位职责',
    };
  });
}

/** TGT-5 The unit's plan of the year: the plan's state and commitment, each target and practical matter with its progress or fulfilment. */
async function commitmentsEvidence(ctx: Context, cadre: { unitId: string }, year: number): Promise<EvidenceItemData[]> {
  const plan = await ctx.em.findOne(AnnualPlan, { unit: cadre.unitId, year });
  if (!plan) return [{ date: null, title: `${year}年度计划`, detail: null, status: '未制定' }];
  const items = await ctx.em.find(PlanItem, { plan }, { orderBy: { sortOrder: 'asc', id: 'asc' } });
  const head: EvidenceItemData = {
    date: plan.committedOn ?? plan.approvedOn ?? plan.submittedOn ?? null,
    title: `${year}年度计划`,
    detail: plan.committedOn && plan.commitmentMethod ? `${chineseDate(plan.committedOn)}通过${label(commitmentMethodLabels, plan.commitmentMethod)}公开承诺` : null,
    status: plan.overallFulfilment ? `总体评定：${label(fulfilmentLabels, plan.overallFulfilment)}` : label(planStatusLabels, plan.status),
  };
  return [
    head,
    ...items.map((i) => ({
      date: i.deadline ?? null,
      title: `${label(planItemKindLabels, i.kind)}：${i.title}`,
      detail: [i.beneficiaries ? `受益对象：${i.beneficiaries}` : null, i.budget != null ? `预算：${formatYuan(i.budget)}` : null, i.deadline ? `完成时限：${chineseDate(i.deadline)}` : null]
        .filter(Boolean)
        .join('；') || null,
      status: i.fulfilment ? label(fulfilmentLabels, i.fulfilment) : `${label(progressStatusLabels, i.progressStatus)}(${i.percent}%)`,
    })),
  ];
}

registerEvidenceSection({ key: 'duties', order: 10, load: dutiesEvidence });
registerEvidenceSection({ key: 'commitments', order: 11, load: (ctx, cadre, year) => commitmentsEvidence(ctx, cadre, year) });

const link = (path: string, filter: Record<string, unknown>) => `${path}?filter=${encodeURIComponent(JSON.stringify(filter))}`;

registerWorkSource({
  key: 'plans-awaiting-approval',
  roles: [Role.SUBDISTRICT_ADMIN],
  label: { zh: '待审定的年度计划', en: 'Annual plans awaiting approval' },
  link: link('/annualPlans', { status: PlanStatus.SUBMITTED }),
  count: (ctx) => ctx.em.count(AnnualPlan, { status: PlanStatus.SUBMITTED }),
});

registerWorkSource({
  key: 'plans-returned',
  roles: [Role.UNIT_USER],
  label: { zh: '退回修改的年度计划', en: 'Annual plans returned for changes' },
  link: link('/annualPlans', { status: PlanStatus.RETURNED }),
  count: (ctx) => ctx.em.count(AnnualPlan, { status: PlanStatus.RETURNED }),
});

registerWorkSource({
  key: 'plan-progress-due',
  roles: [Role.UNIT_USER],
  label: { zh: '待填报进度的目标和实事', en: 'Plan items whose progress is due' },
  link: link('/planItems', { progressDue: true }),
  count: (ctx) => ctx.em.count(PlanItem, progressDueWhere(ctx.today)),
});
