import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, TestApi } from './support/api';

/** TGT-1/2 the demo's duties, term targets and plans (SEED_DEMO=1; SQLite is enough here; the clock is 2026-11-25). */

interface Plan {
  id: string;
  year: number;
  status: string;
  unit: { code: string };
  items: { kind: string; progressStatus: string; percent: number; fulfilment: string | null; budget: number | null }[];
}

describe('TGT-1/2 demo data (sqlite)', () => {
  let api: TestApi;
  let admin: string;
  let plans: Plan[];

  beforeAll(async () => {
    api = await TestApi.start('sqlite', { seedDemo: true, adminPassword: null });
    admin = await api.login('admin', DEMO_PASSWORD);
    plans = (await api.ok<{ allAnnualPlans: Plan[] }>('{ allAnnualPlans(perPage: 1000) { id year status unit { code } items { kind progressStatus percent fulfilment budget } } }', {}, admin)).allAnnualPlans;
  });
  afterAll(() => api?.close());

  it('TGT-1 demo: a duty template for every post title; term targets for every unit', async () => {
    const data = await api.ok<{ allDutyTemplates: { title: string }[]; allUnits: { id: string }[]; allTermTargets: { unitId: string }[] }>(
      '{ allDutyTemplates(perPage: 100) { title } allUnits(perPage: 1000) { id } allTermTargets(perPage: 1000) { unitId } }',
      {},
      admin,
    );
    expect(data.allDutyTemplates.map((t) => t.title).sort()).toEqual(['ACCOUNTANT', 'DEPUTY_DIRECTOR', 'DEPUTY_PARTY_SECRETARY', 'DIRECTOR', 'PARTY_COMMITTEE_MEMBER', 'PARTY_SECRETARY', 'COMMITTEE_MEMBER', 'WOMENS_DIRECTOR'].sort());
    expect(new Set(data.allTermTargets.map((t) => t.unitId)).size).toBe(data.allUnits.length);
  });

  it('TGT-2 demo: 2026 plans in every state; cun01 committed with practical matters and progress; 2025 plans judged', () => {
    const y2026 = plans.filter((p) => p.year === 2026);
    expect(new Set(y2026.map((p) => p.status))).toEqual(new Set(['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'COMMITTED', 'JUDGED']));
    const cun01 = y2026.find((p) => p.unit.code === 'cun01')!;
    expect(cun01.status).toBe('COMMITTED');
    expect(cun01.items.filter((i) => i.kind === 'PRACTICAL_MATTER').length).toBeGreaterThanOrEqual(2);
    expect(cun01.items.some((i) => i.percent > 0)).toBe(true);
    const y2025 = plans.filter((p) => p.year === 2025);
    expect(y2025.length).toBeGreaterThan(0);
    for (const p of y2025) {
      expect(p.status).toBe('JUDGED');
      expect(p.items.every((i) => i.fulfilment !== null)).toBe(true);
    }
  });

  it('ROLE-3 demo: cun01 sees its own plans only, with the step it may take', async () => {
    const cun01 = await api.login('cun01', DEMO_PASSWORD);
    const own = await api.ok<{ allAnnualPlans: { unit: { code: string }; allowedSteps: string[]; status: string }[] }>('{ allAnnualPlans(perPage: 100) { status allowedSteps unit { code } } }', {}, cun01);
    expect(own.allAnnualPlans.map((p) => p.unit.code)).toEqual(['cun01', 'cun01']);
    expect(own.allAnnualPlans.find((p) => p.status === 'COMMITTED')!.allowedSteps).toEqual(['RECORD_PROGRESS']);
  });
});
