import type { EntityManager } from '@mikro-orm/core';
import {
  FindingCategory as C,
  FindingSeverity as Sev,
  NoticeStatus as NS,
  PostTitle,
  RectificationStatus as RS,
  RectificationStep,
  findingCategoryLabels,
  findingSeverityLabels,
  label,
  noticeTitle,
  type FindingCategory,
  type FindingSeverity,
  type RectificationStep as RectificationStepT,
} from '@liangwei/domain';
import type { Cadre } from '../cadre/cadre.entity';
import { AssessmentIndicator, AssessmentScore } from '../assessment/assessment.entities';
import { InspectionDeduction, InspectionFinding, InspectionNotice, InspectionRound, RectificationReport } from '../inspection/inspection.entities';
import type { SeededUnit } from './seed-workflows';

type Step = [step: RectificationStepT, date: string, content: string];

interface DemoFinding {
  unit: string;
  category: FindingCategory;
  severity: FindingSeverity;
  facts: string;
  required: string;
  deadline: string;
  steps: Step[];
  /** INS-3 points proposed on a 2026 indicator, and whether the deduction was applied */
  deduction?: { indicator: string; points: number; applied: boolean };
}

interface DemoRound {
  month: string;
  inspectors: string;
  scope: string;
  notice: { number: number; date: string; issued: boolean; body: string };
  findings: DemoFinding[];
}

const SUBMIT = RectificationStep.SUBMIT;
const ACCEPT = RectificationStep.ACCEPT;
const RETURN = RectificationStep.RETURN;

/** INS-1 four months of 2026: three issued notices (with accepted, returned and overdue rectifications) and November's draft. */
const ROUNDS: DemoRound[] = [
  {
    month: '2026-08',
    inspectors: '街道组织办 张明、刘芳',
    scope: '全部村(社区)值班值守、“三务”公开和为民服务代办情况',
    notice: { number: 1, date: '2026-08-31', issued: true, body: '8月中下旬，街道党工委督查组采取不打招呼、随机抽查的方式，对全部村（社区）“两委”干部值班值守、“三务”公开和为民服务代办情况进行了督查。总体看，多数村（社区）工作扎实，但仍有部分问题需要整改。现将有关情况通报如下。' },
    findings: [
      { unit: 'cun01', category: C.DUTY_NOT_DONE, severity: Sev.MINOR, facts: '村务公开栏7月份财务收支未按时公开。', required: '立即补充公开7月份财务收支情况，建立按月公开台账。', deadline: '2026-09-15', steps: [[SUBMIT, '2026-09-10', '已于9月8日在村务公开栏补充公开7月份财务收支，建立按月公开台账并明确专人负责。'], [ACCEPT, '2026-09-12', '经现场核查，整改到位。']] },
      { unit: 'sq02', category: C.RECORDS_INCOMPLETE, severity: Sev.MINOR, facts: '为民服务代办台账登记不全，8月份有5件代办事项无办理结果。', required: '补齐代办事项办理结果，规范台账登记。', deadline: '2026-09-20', steps: [[SUBMIT, '2026-09-16', '已补齐5件代办事项办理结果并逐一回访。'], [ACCEPT, '2026-09-18', '台账已规范。']] },
      { unit: 'cun05', category: C.POOR_STYLE, severity: Sev.SERIOUS, facts: '8月21日上午抽查时，值班干部未在岗，电话联系30分钟后方到岗。', required: '对值班干部进行批评教育，严格执行值班值守制度，书面说明情况。', deadline: '2026-09-15', steps: [[SUBMIT, '2026-09-05', '已对值班干部进行批评教育。'], [RETURN, '2026-09-08', '未提交书面情况说明，值班制度未见具体改进措施，请补充。'], [SUBMIT, '2026-09-12', '补交书面情况说明，修订值班制度，实行值班签到和带班领导抽查。'], [ACCEPT, '2026-09-14', '整改到位。']] },
    ],
  },
  {
    month: '2026-09',
    inspectors: '街道组织办 张明、纪工委 陈刚',
    scope: '重点村(社区)年度实事推进、信访问题处置和干部在岗履职情况',
    notice: { number: 2, date: '2026-09-30', issued: true, body: '9月，街道党工委督查组对各村（社区）年度实事推进、信访问题处置和干部在岗履职情况开展了专项督查。现将督查发现的问题通报如下，请相关村（社区）按要求抓好整改。' },
    findings: [
      { unit: 'cun01', category: C.ABSENCE, severity: Sev.SERIOUS, facts: '9月连续两次抽查，村党组织书记均不在岗且未履行请假手续。', required: '书记作出书面检查，严格执行请销假制度，整改情况报街道党工委。', deadline: '2026-10-20', steps: [[SUBMIT, '2026-10-15', '书记已作书面检查。'], [RETURN, '2026-10-18', '未建立请销假登记，整改措施不具体，请补充后重新报送。']], deduction: { indicator: '党的建设', points: 3, applied: true } },
      { unit: 'cun08', category: C.COMPLAINTS, severity: Sev.SERIOUS, facts: '群众反映村内道路硬化工程进度缓慢，两次信访未及时答复。', required: '10日内答复信访群众，制定工程推进计划并公示。', deadline: '2026-10-15', steps: [] },
      { unit: 'sq04', category: C.COMMITMENT_UNFULFILLED, severity: Sev.MINOR, facts: '年度承诺的老旧小区加装照明实事进度滞后，完成不足三成。', required: '倒排工期，确保年底前完成并向居民公开进度。', deadline: '2026-11-30', steps: [[SUBMIT, '2026-11-18', '已完成加装照明80%，剩余部分11月底前完工，进度已在社区公开栏公示。']] },
    ],
  },
  {
    month: '2026-10',
    inspectors: '街道组织办 刘芳、民政办 赵磊',
    scope: '全部村(社区)“两委”干部履责纪实日志、党员活动和民生服务情况',
    notice: { number: 3, date: '2026-10-31', issued: true, body: '10月，街道党工委对各村（社区）“两委”干部履责全程纪实日志记录、党员活动开展和民生服务情况进行了督查。现将有关问题通报如下。' },
    findings: [
      { unit: 'cun01', category: C.RECORDS_INCOMPLETE, severity: Sev.MINOR, facts: '履责纪实日志10月份记录内容简单，多日仅记“正常上班”。', required: '规范纪实日志记录，如实记录每日履职事项。', deadline: '2026-12-31', steps: [], deduction: { indicator: '民生实事', points: 2, applied: false } },
      { unit: 'cun03', category: C.DUTY_NOT_DONE, severity: Sev.MINOR, facts: '10月份主题党日活动未按计划开展。', required: '补开主题党日活动，完善活动记录。', deadline: '2026-11-15', steps: [[SUBMIT, '2026-11-06', '已于11月5日补开主题党日活动，记录已完善。'], [ACCEPT, '2026-11-10', '整改到位。']] },
      { unit: 'sq01', category: C.POOR_STYLE, severity: Sev.MINOR, facts: '社区服务大厅工作人员服务态度生硬，群众有意见。', required: '开展服务礼仪培训，建立群众评议制度。', deadline: '2026-11-20', steps: [] },
    ],
  },
  {
    month: '2026-11',
    inspectors: '街道组织办 张明',
    scope: '冬季安全生产和困难群众走访慰问准备情况',
    notice: { number: 4, date: '2026-11-30', issued: false, body: '11月，街道党工委督查组对各村（社区）冬季安全生产和困难群众走访慰问准备情况进行了督查。现将有关情况通报如下。' },
    findings: [
      { unit: 'cun02', category: C.DUTY_NOT_DONE, severity: Sev.MINOR, facts: '冬季消防安全隐患排查台账未建立。', required: '建立排查台账，完成一轮全面排查。', deadline: '2026-12-15', steps: [] },
      { unit: 'cun01', category: C.OTHER, severity: Sev.MINOR, facts: '困难群众走访名单未及时更新。', required: '更新走访名单，报街道民政办备案。', deadline: '2026-12-10', steps: [] },
    ],
  },
];

function make<T extends object>(em: EntityManager, cls: new () => T, data: Partial<T>): T {
  const entity = Object.assign(new cls(), data);
  em.persist(entity);
  return entity;
}

/** INS-1 / INS-3 the demo's inspections: rounds, notices, findings, rectification histories and one applied deduction in the 2026 draft assessment. */
export async function seedInspections(em: EntityManager, seeded: SeededUnit[]): Promise<void> {
  const byCode = new Map(seeded.map((s) => [s.unit.code, s]));
  const indicators = new Map((await em.find(AssessmentIndicator, { year: 2026 })).map((i) => [i.name, i]));
  const secretary = (code: string): Cadre | null => byCode.get(code)?.team.find((m) => m.post.title === PostTitle.PARTY_SECRETARY)?.cadre ?? null;
  for (const demo of ROUNDS) {
    const round = make(em, InspectionRound, { month: demo.month, inspectors: demo.inspectors, scope: demo.scope });
    const notice = make(em, InspectionNotice, { round, year: 2026, number: demo.notice.number, title: noticeTitle(demo.month), date: demo.notice.date, body: demo.notice.body });
    const findings = demo.findings
      .filter((d) => byCode.has(d.unit))
      .map((d) => {
        const unit = byCode.get(d.unit)!.unit;
        const cadre = secretary(d.unit);
        const last = d.steps.at(-1);
        const status = !last ? RS.OPEN : last[0] === SUBMIT ? RS.SUBMITTED : last[0] === ACCEPT ? RS.ACCEPTED : RS.RETURNED;
        const indicator = d.deduction ? indicators.get(d.deduction.indicator) : undefined;
        const f = make(em, InspectionFinding, {
          unit,
          round,
          cadre,
          responsibleCadre: cadre,
          category: d.category,
          severity: d.severity,
          facts: d.facts,
          requiredRectification: d.required,
          deadline: d.deadline,
          status,
          issuedOn: demo.notice.issued ? demo.notice.date : null,
          notice: demo.notice.issued ? notice : null,
          proposedIndicator: indicator ?? null,
          proposedDeduction: indicator ? d.deduction!.points : null,
        });
        for (const [step, date, content] of d.steps) {
          const after = step === SUBMIT ? RS.SUBMITTED : step === ACCEPT ? RS.ACCEPTED : RS.RETURNED;
          make(em, RectificationReport, { unit, finding: f, step, date, content, statusAfter: after, byUsername: step === SUBMIT ? unit.code : 'admin' });
        }
        return { d, f, unit, cadre, indicator };
      });
    if (demo.notice.issued) {
      Object.assign(notice, {
        status: NS.ISSUED,
        issuedAt: new Date(`${demo.notice.date}T02:00:00Z`),
        issuedBy: 'admin',
        snapshot: findings.map(({ d, unit, cadre }) => ({
          unitName: unit.name,
          cadreName: cadre?.name ?? null,
          category: label(findingCategoryLabels, d.category),
          severity: label(findingSeverityLabels, d.severity),
          facts: d.facts,
          requiredRectification: d.required,
          deadline: d.deadline,
        })),
      });
    }
    // INS-3 the September absence of cun01 is deducted in the 2026 draft assessment
    for (const { d, f, unit, indicator } of findings) {
      if (!indicator || !d.deduction?.applied) continue;
      const score = (await em.findOne(AssessmentScore, { unit, indicator })) ?? make(em, AssessmentScore, { unit, indicator, year: 2026, points: indicator.maxPoints });
      const before = score.points;
      const reason = `督查扣${d.deduction.points}分（${Number(demo.month.slice(0, 4))}年${Number(demo.month.slice(5))}月督查：${label(findingCategoryLabels, d.category)}，${d.facts}）`;
      Object.assign(score, { points: before - d.deduction.points, note: score.note ? `${score.note}；${reason}` : reason });
      f.deductionAppliedAt = new Date('2026-10-25T02:00:00Z');
      make(em, InspectionDeduction, { unit, finding: f, indicator, year: 2026, points: d.deduction.points, pointsBefore: before, pointsAfter: before - d.deduction.points, appliedBy: 'admin' });
    }
  }
}
