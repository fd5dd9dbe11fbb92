import type { EntityManager } from '@mikro-orm/core';
import { CareKind, HonourKind, LogCheckOutcome, PostTitle, addYears, payFloor, ceilYuan, type IsoDate, type PolicyValues } from '@liangwei/domain';
import { PayRecord, DutyLogCheck, DutyLogEntry } from '../pay/pay.entities';
import { CareEvent, Honour } from '../care/care.entities';
import type { SeededUnit } from './seed-workflows';
import { seededRandom } from './demo-data';

const LOG_ITEMS = ['主持召开两委班子会议，研究部署本月重点工作', '走访困难党员群众，了解生产生活情况', '开展人居环境整治督导', '接待群众来访，协调处理邻里纠纷', '组织党员学习教育活动', '推进村级集体经济项目', '开展安全生产和防汛检查'];
const FAIL_REMARKS = ['日志记录不完整，缺少5个工作日', '纪实内容与工作台账不一致', '未按要求每周记录'];

/**
 * Demo content for pay (PAY-1), duty logs and their monthly checks (INS-2, PAY-2), care (PAY-5)
 * and honours (PAY-6): pay records around the floor (some below), months passed, failed and not
 * checked, visits done and due, an exam exactly two years ago, exams overdue or never held.
 */
export function seedPayCare(em: EntityManager, units: SeededUnit[], today: IsoDate, policy2025: PolicyValues): void {
  const rnd = seededRandom(55);
  const thisMonth = today.slice(0, 7);
  const months = Array.from({ length: 12 }, (_, i) => `${today.slice(0, 4)}-${String(i + 1).padStart(2, '0')}`).filter((m) => m < thisMonth);
  units.forEach(({ unit, team }, index) => {
    const paid = new Set<string>();
    for (const member of team) {
      if (paid.has(member.cadre.id)) continue; // one record per cadre and year
      paid.add(member.cadre.id);
      // PAY-1 the 2025 pay of every team member; a few below their floor
      const floor = payFloor(member.post.title, policy2025.priorYearRuralIncome, policy2025);
      const below = (index + member.post.name.length) % 9 === 0;
      const amount = ceilYuan(below ? floor * (0.9 + rnd() * 0.05) : floor * (1 + rnd() * 0.25));
      em.persist(Object.assign(new PayRecord(), { unit, cadre: member.cadre, year: 2025, title: member.post.title, amount: Math.round(amount), note: below ? '按原标准发放，待补差' : null }));
    }
    const secretary = team.find((t) => t.post.title === PostTitle.PARTY_SECRETARY);
    if (!secretary) return;
    const cadre = secretary.cadre;
    // INS-2 duty log entries and the monthly checks (PAY-2 depends on them)
    months.forEach((month, m) => {
      for (let k = 0; k < 3; k += 1) {
        em.persist(Object.assign(new DutyLogEntry(), { unit, cadre, date: `${month}-${String(3 + k * 9).padStart(2, '0')}`, content: LOG_ITEMS[(index + m + k) % LOG_ITEMS.length]!, category: k === 0 ? '会议' : '走访' }));
      }
      if ((index + m) % 11 === 5) return; // not checked: no allowance, "NOT_CHECKED"
      const fail = (index * 7 + m) % 13 === 0;
      em.persist(Object.assign(new DutyLogCheck(), { unit, cadre, month, outcome: fail ? LogCheckOutcome.FAIL : LogCheckOutcome.PASS, remarks: fail ? FAIL_REMARKS[m % FAIL_REMARKS.length] : null, checkedBy: 'admin' }));
    });
    // PAY-5 home visits: most secretaries visited this year, the others last year
    const visitedThisYear = index % 4 !== 1;
    em.persist(Object.assign(new CareEvent(), { unit, cadre, kind: CareKind.HOME_VISIT, date: visitedThisYear ? `${today.slice(0, 4)}-0${1 + (index % 8)}-1${index % 9}` : `${Number(today.slice(0, 4)) - 1}-12-20`, ledBy: null, ledByName: '办事处党委书记 王建华', note: '春节前走访慰问' }));
    // PAY-5 physical exams: exactly two years ago (due today), long ago (overdue), recent, or never
    const exam = [addYears(today, -2), '2024-05-10', '2025-09-15', null][index % 4];
    if (exam) em.persist(Object.assign(new CareEvent(), { unit, cadre, kind: CareKind.PHYSICAL_EXAM, date: exam, ledBy: null, ledByName: null, note: '区人民医院体检' }));
    // PAY-6 honours and recommendations
    if (index % 5 === 0) em.persist(Object.assign(new Honour(), { unit, cadre, kind: HonourKind.COMMENDATION, date: '2025-07-01', description: '优秀党组织书记' }));
    if (index === 3) em.persist(Object.assign(new Honour(), { unit, cadre, kind: HonourKind.PARTY_CONGRESS_DELEGATE, date: '2026-03-15', description: '推荐为区党代会代表人选' }));
    if (index === 12) em.persist(Object.assign(new Honour(), { unit, cadre, kind: HonourKind.CIVIL_SERVICE_SELECTION, date: '2026-05-20', description: '推荐参加面向优秀村(社区)书记考录公务员' }));
  });
}
