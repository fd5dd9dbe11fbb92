import type { EntityManager } from '@mikro-orm/core';
import { ConsequenceStatus, UnitKind, type IsoDate } from '@liangwei/domain';
import type { Unit } from '../org/unit.entity';
import { AssessmentIndicator, AssessmentScore, AssessmentYear, Consequence } from '../assessment/assessment.entities';
import { CampaignYear } from '../assessment/enums';
import { publishYear } from '../assessment/assessment.resolver';
import { PolicyValue } from '../policy/policy.entity';
import { seededRandom } from './demo-data';

/** ASM-1 the demo catalogue: 7 indicators totalling 1000 points */
const CATALOGUE: [string, number][] = [
  ['党的建设', 200],
  ['经济发展', 200],
  ['社会治理', 150],
  ['民生实事', 150],
  ['精神文明', 100],
  ['生态环境', 100],
  ['平安建设', 100],
];
const DEDUCTIONS = ['月度督查通报问题整改不及时', '年度计划实事未按期完成', '党员群众测评满意度偏低', '台账资料不规范', '重点工作进度滞后', '信访问题处置不到位'];

/**
 * Fixed totals that make the rules visible (MGT-2, PAY-4):
 * - cun08 is last of the villages with ≤ 800 in 2023, 2024 and 2025 → a removal is proposed in 2025;
 * - cun14 ties cun08 for last in 2023 (both ≤ 800), then recovers: its streak is broken;
 * - sq04 is last of the communities in 2025 with exactly 800 → an admonishment talk (800 counts);
 * - cun03 and cun11 tie for third among the villages in 2025 → four target awards;
 * - cun01 ties cun08 for last in 2024 (an admonishment talk, held), then comes first in 2025.
 */
const FIXED: Record<number, Record<string, number>> = {
  2023: { cun08: 785, cun14: 785, sq04: 842 },
  2024: { cun08: 790.5, cun14: 868, sq04: 836 },
  2025: { cun08: 772, cun14: 851, sq04: 800, cun01: 958, cun05: 947.5, cun03: 921.5, cun11: 921.5 },
};

/** Fixed totals set after the random draw of the unit, so that the other units' totals stay as they were. */
const SET_AFTER_DRAW: Record<number, Record<string, number>> = {
  2024: { cun01: 790.5 },
};

/** Three published years and a draft 2026 with part of its scores: rankings, trends, consequences and awards to look at. */
export async function seedAssessment(em: EntityManager, units: Unit[], today: IsoDate, now: Date): Promise<void> {
  const rnd = seededRandom(2023);
  for (const [year, income] of [[2023, 16800], [2024, 17650], [2025, 18500], [2026, 19600]] as const) {
    em.persist(Object.assign(new PolicyValue(), { year, key: 'priorYearRuralIncome', value: income }));
  }
  const campaign = { 2023: CampaignYear.IMPLEMENTATION, 2024: CampaignYear.INNOVATION, 2025: CampaignYear.LEAP_FORWARD, 2026: null } as const;
  for (const year of [2023, 2024, 2025, 2026] as const) {
    em.persist(Object.assign(new AssessmentYear(), { year, campaignYear: campaign[year] }));
    const indicators = CATALOGUE.map(([name, maxPoints], i) => Object.assign(new AssessmentIndicator(), { year, name, maxPoints, sortOrder: i + 1 }));
    em.persist(indicators);
    const scored = year === 2026 ? units.slice(0, 9) : units;
    for (const unit of scored) {
      const drawn = FIXED[year]?.[unit.code] ?? Math.round((unit.kind === UnitKind.VILLAGE ? 815 : 845) + rnd() * 95) + (rnd() < 0.3 ? 0.5 : 0);
      const target = SET_AFTER_DRAW[year]?.[unit.code] ?? drawn;
      let remaining = 1000 - target;
      indicators.forEach((indicator, i) => {
        const last = i === indicators.length - 1;
        const deduction = last ? remaining : Math.min(remaining, Math.round(remaining * (indicator.maxPoints / 1000) * 2) / 2);
        remaining -= deduction;
        const points = indicator.maxPoints - deduction;
        if (year === 2026 && i > 3) return;
        em.persist(Object.assign(new AssessmentScore(), { unit, indicator, year, points, note: deduction > 0 ? DEDUCTIONS[(i + unit.code.length + year) % DEDUCTIONS.length] : null }));
      });
    }
  }
  await em.flush();
  for (const year of [2023, 2024, 2025]) {
    await publishYear({ em, today, now, username: 'admin' }, year);
    // published in the January after the year, as the subdistrict does (not on the day the demo was loaded)
    const published = await em.findOneOrFail(AssessmentYear, { year });
    published.publishedAt = new Date(`${year + 1}-01-15T02:00:00Z`);
    await em.flush();
    // the earlier years' admonishments were held (confirmed); 2025's wait for the admin
    if (year < 2025) {
      for (const c of await em.find(Consequence, { year })) Object.assign(c, { status: ConsequenceStatus.CONFIRMED, decidedBy: 'admin', decidedAt: new Date(`${year + 1}-01-20T02:00:00Z`) });
      await em.flush();
    }
  }
}
