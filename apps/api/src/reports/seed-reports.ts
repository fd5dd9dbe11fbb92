import type { EntityManager } from '@mikro-orm/core';
import { PostTitle, halfBounds, heldDuringHalf, missingFlaggedFrom, type Half, type IsoDate } from '@liangwei/domain';
import { Appointment } from '../cadre/appointment.entity';
import { Cadre } from '../cadre/cadre.entity';
import { Unit } from '../org/unit.entity';
import { seededRandom } from '../demo/demo-data';
import { DutyReport } from './duty-report.entity';

const SUMMARIES = [
  '带领班子成员落实年度计划，完成人居环境整治、矛盾纠纷排查等重点工作，公开承诺事项按期推进。',
  '履行岗位职责，分管党建和宣传工作，组织党员学习教育，按月记录履责纪实日志。',
  '分管综治和民生服务，走访困难群众，协调解决群众反映的道路维修、饮水等问题。',
  '负责集体经济和项目建设，推进合作社发展，村级集体收入较上年增长。',
];

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The day `days` after `date` (both ISO), at most `today`; null when even the first day lies ahead. */
function dayAfter(date: IsoDate, days: number, today: IsoDate): IsoDate | null {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  const iso = d.toISOString().slice(0, 10);
  return iso <= today ? iso : null;
}

/**
 * TGT-3 / TGT-4 demo duty reports: for 2025 H1, 2025 H2 and 2026 H1 (those begun by today) a report
 * of every team member of the half, given to the three audiences in the days after the half and
 * evaluated (三评); in 王家湾村 (cun01) one member has no 2026 H1 report (a missing report and a
 * warning), and one poll in 柳树店村 (cun02) has many 差 (a poor-poll warning).
 */
export async function seedDutyReports(em: EntityManager, today: IsoDate): Promise<void> {
  const rnd = seededRandom(77);
  // in an order that does not depend on the (random) ids: the same demo data on every fresh database
  const appointments = (await em.find(Appointment, {}, { populate: ['post', 'cadre', 'unit'] })).sort((x, y) => cmp(x.unit.code, y.unit.code) || cmp(x.startDate, y.startDate) || cmp(x.cadre.name, y.cadre.name) || cmp(x.post.name ?? '', y.post.name ?? ''));
  const units = new Map((await em.find(Unit, {})).map((u) => [u.id, u]));
  const halves: { year: number; half: Half }[] = [
    { year: 2025, half: 1 },
    { year: 2025, half: 2 },
    { year: 2026, half: 1 },
  ];
  let poorPollSeeded = false;
  for (const { year, half } of halves) {
    const { start } = halfBounds(year, half);
    if (start > today) continue;
    const done = new Set<string>();
    let skipped = false;
    for (const a of appointments) {
      const cadreId = a.cadre.id;
      if (done.has(cadreId) || !heldDuringHalf({ cadreId, unitId: a.unit.id, startDate: a.startDate, endDate: a.endDate ?? null }, year, half)) continue;
      done.add(cadreId);
      const unit = units.get(a.unit.id)!;
      // TGT-3 one current member of 王家湾村 (not its secretary) has not reported on 2026 H1
      if (year === 2026 && half === 1 && unit.code === 'cun01' && !skipped && a.endDate == null && a.post.title !== PostTitle.PARTY_SECRETARY) {
        skipped = true;
        continue;
      }
      const after = missingFlaggedFrom(year, half);
      const returned = 30 + Math.floor(rnd() * 20);
      const issued = returned + Math.floor(rnd() * 4);
      const poorHeavy = !poorPollSeeded && year === 2026 && half === 1 && unit.code === 'cun02' && done.size % 5 === 2;
      if (poorHeavy) poorPollSeeded = true;
      const poor = poorHeavy ? Math.round(returned * 0.35) : Math.floor(rnd() * 3);
      const average = Math.floor(rnd() * 5);
      const fairlyGood = Math.floor(rnd() * 10);
      const good = Math.max(0, returned - poor - average - fairlyGood - Math.floor(rnd() * 2));
      const self = 80 + Math.round(rnd() * 18);
      em.persist(
        Object.assign(new DutyReport(), {
          unit,
          cadre: em.getReference(Cadre, cadreId),
          year,
          half,
          summary: SUMMARIES[done.size % SUMMARIES.length]!,
          subdistrictCommitteeDate: dayAfter(after, 2 + (done.size % 5), today),
          partyMembersAssemblyDate: dayAfter(after, 6 + (done.size % 4), today),
          residentsMeetingDate: dayAfter(after, 9 + (done.size % 5), today),
          selfEvaluationScore: self,
          pollBallotsIssued: issued,
          pollBallotsReturned: returned,
          pollGood: good,
          pollFairlyGood: fairlyGood,
          pollAverage: average,
          pollPoor: poor,
          higherEvaluationScore: poorHeavy ? 68 : 75 + Math.round(rnd() * 20),
        }),
      );
    }
  }
}

