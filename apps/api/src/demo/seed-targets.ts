import type { EntityManager } from '@mikro-orm/core';
import {
  CommitmentMethod,
  Fulfilment,
  PlanItemKind,
  PlanStatus,
  PostTitle,
  ProgressStatus,
  UnitKind,
  type IsoDate,
} from '@liangwei/domain';
import { AnnualPlan, DutyTemplate, PlanItem, PlanProgressUpdate, PostDuty, TermTarget } from '../targets/targets.entities';
import type { SeededUnit } from './seed-workflows';

/** TGT-1 The subdistrict's duty templates, one per post title. */
const DUTIES: Record<PostTitle, string> = {
  PARTY_SECRETARY: '全面主持党组织工作，落实党建工作责任制；抓班子带队伍，组织党员学习教育；带头谋划发展集体经济；落实“三会一课”、主题党日等组织生活制度；对本村(社区)重大事项负总责。',
  DEPUTY_PARTY_SECRETARY: '协助书记抓好党的建设和日常工作；分管党员教育管理、发展党员和党费收缴；书记不在岗时主持党组织日常工作。',
  PARTY_COMMITTEE_MEMBER: '按分工负责组织、宣传、纪检等工作；联系网格和党员中心户；完成党组织交办的其他任务。',
  DIRECTOR: '主持村(居)民委员会工作，组织实施村(居)民会议和代表会议决定；负责村(居)务公开、民主管理；推进公共服务和人居环境整治。',
  DEPUTY_DIRECTOR: '协助主任开展村(居)委会工作；分管社会治安、人民调解、安全生产和防汛抗灾。',
  COMMITTEE_MEMBER: '按分工负责民政、社保、计生、环境卫生等工作；联系所在片区群众，收集反映社情民意。',
  WOMENS_DIRECTOR: '负责妇女儿童工作，维护妇女儿童合法权益；组织开展家庭文明建设、关爱留守儿童和困难妇女。',
  ACCOUNTANT: '负责村级财务报账和资金管理；按月公开财务收支；配合开展集体资产清查和审计。',
};

const TARGETS = [
  ['村集体经济收入达到30万元', '盘活闲置资产，发展特色种植和农产品加工'],
  ['党员“三会一课”按期开展率100%', '规范组织生活，每季度开展党员评议'],
  ['人居环境整治达标', '垃圾分类覆盖全部村民小组，建成美丽庭院20户'],
  ['矛盾纠纷就地化解率95%以上', '完善网格化管理，坚持每周接访'],
  ['培养入党积极分子3名', '重点从致富能手和返乡青年中培养'],
];
const MATTERS: [string, string, number, string][] = [
  ['硬化村组道路1.2公里', '三组、四组村民', 186000, '10-31'],
  ['新建村级养老服务站', '全村60岁以上老人', 120000, '12-20'],
  ['改造老旧供水管网', '一组至五组农户', 95000.5, '09-30'],
  ['安装太阳能路灯80盏', '全体村民', 64000, '06-30'],
  ['建设农产品电商服务点', '种养殖户', 38000, '11-30'],
  ['为困难家庭儿童开设四点半课堂', '困难家庭和留守儿童', 12000, '12-31'],
];
const COMMUNITY_MATTERS: [string, string, number, string][] = [
  ['老旧小区加装电梯4部', '幸福里小区居民', 320000, '12-20'],
  ['建设社区“一老一小”服务中心', '辖区老人和儿童', 150000, '10-31'],
  ['增设电动自行车充电桩200个', '辖区居民', 60000, '08-31'],
  ['开设社区食堂', '辖区老年人和困难群众', 80000, '11-30'],
];

/** 2026 plans in every state, cycling over the units (cun01, the first, committed with progress). */
const STATES: PlanStatus[] = [PlanStatus.COMMITTED, PlanStatus.SUBMITTED, PlanStatus.APPROVED, PlanStatus.RETURNED, PlanStatus.DRAFT, PlanStatus.COMMITTED, PlanStatus.JUDGED];

/**
 * Demo content for TGT-1/2: duty templates for every post title, some posts' own duties, term
 * targets for the 2021–2026 term, this year's plans in every state (with targets, practical
 * matters, progress history) and last year's plans, judged.
 */
export function seedTargets(em: EntityManager, units: SeededUnit[], today: IsoDate): void {
  const year = Number(today.slice(0, 4));
  const on = (y: number, md: string): IsoDate => {
    const d = `${y}-${md}`;
    return d < today ? d : today;
  };
  for (const title of Object.values(PostTitle)) em.persist(Object.assign(new DutyTemplate(), { title, duties: DUTIES[title] }));

  units.forEach(({ unit, team }, index) => {
    const village = unit.kind === UnitKind.VILLAGE;
    const secretary = team.find((t) => t.post.title === PostTitle.PARTY_SECRETARY);
    if (secretary && index % 3 === 0) {
      em.persist(Object.assign(new PostDuty(), { unit, post: secretary.post, duties: `${DUTIES.PARTY_SECRETARY}结合本${village ? '村' : '社区'}实际，重点抓好${village ? '特色产业发展和集体经济增收' : '老旧小区改造和为老服务'}。` }));
    }
    // TGT-1 term targets
    for (const [i, content] of [`任期内${village ? '村集体经济收入翻一番' : '建成完整社区示范点'}`, '建强班子、带好队伍，任期内培养后备干部2名以上'].entries()) {
      em.persist(Object.assign(new TermTarget(), { unit, startYear: 2021, endYear: 2026, content, note: i === 0 ? '经党员大会和村(居)民代表会议讨论通过' : null }));
    }

    const matters = village ? MATTERS : COMMUNITY_MATTERS;
    const makeItems = (plan: AnnualPlan, y: number, shift: number): PlanItem[] => {
      const items: PlanItem[] = [];
      for (let k = 0; k < 3; k += 1) {
        const [title, detail] = TARGETS[(index + k + shift) % TARGETS.length]!;
        items.push(Object.assign(new PlanItem(), { unit, plan, kind: PlanItemKind.TARGET, title, detail, deadline: `${y}-12-31`, sortOrder: k + 1 }));
      }
      for (let k = 0; k < 2; k += 1) {
        const [title, beneficiaries, budget, md] = matters[(index + k + shift) % matters.length]!;
        items.push(Object.assign(new PlanItem(), { unit, plan, kind: PlanItemKind.PRACTICAL_MATTER, title, beneficiaries, budget, deadline: `${y}-${md}`, sortOrder: 4 + k }));
      }
      items.forEach((i) => em.persist(i));
      return items;
    };
    const progress = (item: PlanItem, reports: [string, ProgressStatus, number, string | null][]) => {
      for (const [date, status, percent, note] of reports) {
        if (date > today) continue;
        em.persist(Object.assign(new PlanProgressUpdate(), { unit, item, status, percent, date, note, byUsername: unit.code }));
        item.progressStatus = status;
        item.percent = percent;
        item.progressOn = date;
      }
    };

    // TGT-2 last year's plan: committed, carried out, judged
    const last = Object.assign(new AnnualPlan(), {
      unit,
      year: year - 1,
      status: PlanStatus.JUDGED,
      consultation: '召开党员大会和村(居)民代表会议征求意见',
      submittedOn: `${year - 1}-02-20`,
      approvedOn: `${year - 1}-03-05`,
      approvedBy: 'admin',
      committedOn: `${year - 1}-03-15`,
      commitmentMethod: CommitmentMethod.PARTY_MEMBERS_ASSEMBLY,
      commitmentNote: '同时在公开栏公示',
      judgedOn: `${year - 1}-12-28`,
      overallFulfilment: index % 5 === 2 ? Fulfilment.PARTLY : Fulfilment.FULFILLED,
      judgementNote: index % 5 === 2 ? '一项实事因资金未到位顺延' : '承诺事项全部兑现',
    });
    em.persist(last);
    makeItems(last, year - 1, 2).forEach((item, k) => {
      const partly = index % 5 === 2 && k === 4;
      progress(item, [
        [`${year - 1}-06-30`, ProgressStatus.IN_PROGRESS, 50, '按计划推进'],
        [`${year - 1}-12-15`, partly ? ProgressStatus.DELAYED : ProgressStatus.COMPLETED, partly ? 60 : 100, partly ? '资金未全部到位' : '已完成'],
      ]);
      item.fulfilment = partly ? Fulfilment.PARTLY : Fulfilment.FULFILLED;
    });

    // TGT-2 this year's plan, in the state of its turn
    const status = STATES[index % STATES.length]!;
    const plan = Object.assign(new AnnualPlan(), { unit, year, status, consultation: '入户走访、召开群众座谈会征求意见' });
    em.persist(plan);
    const items = makeItems(plan, year, 0);
    if (status === PlanStatus.DRAFT) return;
    plan.submittedOn = on(year, '02-18');
    if (status === PlanStatus.RETURNED) {
      plan.returnedOn = on(year, '02-25');
      plan.returnComment = '实事项目预算依据不足，请补充资金来源后重新报送';
      return;
    }
    if (status === PlanStatus.SUBMITTED) return;
    plan.approvedOn = on(year, '03-02');
    plan.approvedBy = 'admin';
    if (status === PlanStatus.APPROVED) return;
    plan.committedOn = on(year, '03-12');
    plan.commitmentMethod = index % 2 === 0 ? CommitmentMethod.PARTY_MEMBERS_ASSEMBLY : CommitmentMethod.NOTICE_BOARD;
    plan.commitmentNote = '承诺书在党务村(居)务公开栏张贴';
    items.forEach((item, k) => {
      const done = (k + index) % 3 === 0;
      progress(item, [
        [on(year, '05-10'), ProgressStatus.IN_PROGRESS, 30, '已完成前期准备'],
        [on(year, '09-15'), done ? ProgressStatus.COMPLETED : k === 4 ? ProgressStatus.DELAYED : ProgressStatus.IN_PROGRESS, done ? 100 : k === 4 ? 45 : 70, done ? '已完成并公示' : k === 4 ? '施工方进场延迟' : '按计划推进'],
      ]);
    });
    if (status === PlanStatus.JUDGED) {
      plan.judgedOn = on(year, '11-20');
      plan.overallFulfilment = Fulfilment.PARTLY;
      plan.judgementNote = '大部分承诺事项已兑现';
      items.forEach((item) => (item.fulfilment = item.progressStatus === ProgressStatus.COMPLETED ? Fulfilment.FULFILLED : Fulfilment.PARTLY));
    }
  });
}
