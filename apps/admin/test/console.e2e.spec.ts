/**
 * The console in a real browser against the real API (ROLE-1, ROLE-3, zh-CN/en): the built API
 * serves the built console on a free port, with a fresh SQLite database loaded with the demo data.
 *
 * What it needs: `support/browser.ts`.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, graphql, resultsDir, skipBrowser, useConsole } from './support/browser';

describe.skipIf(skipBrowser)('console in the browser', () => {
  const ui = useConsole();
  const { signIn, step } = ui;

  /** The unit names in the cadre list's unit column, once every row shows one. */
  async function unitNamesOfCadreRows(page: Page, name: string): Promise<string[]> {
    return step(page, name, async () => {
      await page.goto(`${ui.base}/#/cadres`);
      const cells = page.locator('tbody td.column-unitId');
      await expect.poll(() => cells.count(), { timeout: 20_000 }).toBeGreaterThan(0);
      await expect
        .poll(async () => (await cells.allInnerTexts()).every((t) => t.trim() !== ''), { timeout: 20_000 })
        .toBe(true);
      return (await cells.allInnerTexts()).map((t) => t.trim());
    });
  }

  it('shows the admin cadres of several villages and communities (ROLE-1)', async () => {
    const page = await signIn('admin');
    const units = await unitNamesOfCadreRows(page, 'admin-cadres');
    expect(new Set(units).size).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: join(resultsDir, 'cadres-admin-zh.png'), fullPage: true });
  });

  it("shows a unit user its own unit's cadres only (ROLE-3)", async () => {
    const { login } = await graphql<{ login: { token: string } }>(
      ui.base,
      'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: 'admin', p: DEMO_PASSWORD },
    );
    const { allUsers } = await graphql<{ allUsers: { username: string; unit: { name: string } | null }[] }>(
      ui.base,
      '{ allUsers(filter: { role: UNIT_USER }, perPage: 1) { username unit { name } } }',
      {},
      login.token,
    );
    const unitUser = allUsers[0];
    expect(unitUser?.unit?.name).toBeTruthy();

    const page = await signIn(unitUser!.username);
    const units = await unitNamesOfCadreRows(page, 'unit-user-cadres');
    expect(units.length).toBeGreaterThan(0);
    expect(new Set(units)).toEqual(new Set([unitUser!.unit!.name]));
    await page.screenshot({ path: join(resultsDir, 'cadres-unit-user-zh.png'), fullPage: true });
  });

  /** A token of the demo admin, for looking up demo rows through the API. */
  async function adminToken(): Promise<string> {
    const { login } = await graphql<{ login: { token: string } }>(
      ui.base,
      'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: 'admin', p: DEMO_PASSWORD },
    );
    return login.token;
  }

  it('lists the team composition of every unit, non-compliant units first (RES-4)', async () => {
    const page = await signIn('admin');
    const chips = page.locator('tbody td.column-compliant');
    const texts = await step(page, 'compliance', async () => {
      await page.goto(`${ui.base}/#/compliance`);
      await expect.poll(() => chips.count(), { timeout: 20_000 }).toBeGreaterThan(1);
      return (await chips.allInnerTexts()).map((t) => t.trim());
    });
    expect(texts[0]).toBe('未达标');
    const firstCompliant = texts.indexOf('达标');
    expect(firstCompliant).toBeGreaterThan(0);
    expect(texts.slice(firstCompliant).every((t) => t === '达标')).toBe(true);
    // what the first unit lacks is said in words
    expect((await page.locator('tbody tr').first().locator('td.column-missing').innerText()).trim()).toMatch(/^缺/);
    await page.screenshot({ path: join(resultsDir, 'compliance-admin-zh.png'), fullPage: true });
  });

  it('offers a unit user 提议 or 集体审议 on its own candidate, never 办事处审查 (RES-3, ROLE-3)', async () => {
    const token = await adminToken();
    const { allReserveCandidates } = await graphql<{ allReserveCandidates: { unitId: string; cadre: { name: string } }[] }>(
      ui.base,
      '{ allReserveCandidates(filter: { status: PROPOSED }, perPage: 1) { unitId cadre { name } } }',
      {},
      token,
    );
    const candidate = allReserveCandidates[0];
    expect(candidate, 'the demo data has a candidate proposed by its Party organisation').toBeTruthy();
    const { allUsers } = await graphql<{ allUsers: { username: string }[] }>(
      ui.base,
      'query ($unitId: ID) { allUsers(filter: { role: UNIT_USER, unitId: $unitId }, perPage: 1) { username } }',
      { unitId: candidate!.unitId },
      token,
    );
    const page = await signIn(allUsers[0]!.username);
    const row = page.locator('tbody tr', { hasText: candidate!.cadre.name });
    await step(page, 'unit-user-pipeline', async () => {
      await page.goto(`${ui.base}/#/reserveCandidates`);
      await expect.poll(() => row.count(), { timeout: 20_000 }).toBeGreaterThan(0);
      await expect.poll(() => row.first().getByRole('button', { name: /^(提议|集体审议)$/ }).count()).toBe(1);
    });
    expect(await page.getByRole('button', { name: '办事处审查' }).count()).toBe(0);
    await page.screenshot({ path: join(resultsDir, 'reserves-unit-user-zh.png'), fullPage: true });
  });

  it('offers the admin 办事处审查 on a candidate the two committees approved, and the analyst nothing (RES-3, ROLE-1/2)', async () => {
    const filter = encodeURIComponent(JSON.stringify({ status: 'COMMITTEE_APPROVED' }));
    const admin = await signIn('admin');
    const rows = admin.locator('tbody tr');
    await step(admin, 'admin-pipeline', async () => {
      await admin.goto(`${ui.base}/#/reserveCandidates?filter=${filter}`);
      await expect.poll(() => rows.count(), { timeout: 20_000 }).toBeGreaterThan(0);
      await expect.poll(() => rows.first().getByRole('button', { name: '办事处审查' }).count()).toBe(1);
    });
    expect(await admin.getByRole('button', { name: '办事处审查' }).count()).toBe(await rows.count());
    await step(admin, 'admin-review-dialog', async () => {
      await rows.first().getByRole('button', { name: '办事处审查' }).click();
      await admin.getByRole('dialog').getByText('办事处党委审查').waitFor();
      // the dialog fades in: the screenshot waits until it is fully shown
      const container = admin.locator('.MuiDialog-container');
      await expect.poll(() => container.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    });
    await admin.screenshot({ path: join(resultsDir, 'reserves-admin-review-zh.png') });
    await admin.getByRole('dialog').getByRole('button', { name: '取消' }).click();

    const analyst = await signIn('analyst');
    const analystRows = analyst.locator('tbody tr');
    await step(analyst, 'analyst-pipeline', async () => {
      await analyst.goto(`${ui.base}/#/reserveCandidates?filter=${filter}`);
      await expect.poll(() => analystRows.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    });
    expect(await analyst.locator('tbody button').count()).toBe(0);
  });

  it('shows the workflow figures on the dashboard', async () => {
    const page = await signIn('admin');
    await step(page, 'dashboard', async () => {
      await page.goto(`${ui.base}/#/`);
      await page.getByText('后备干部(按状态)').waitFor();
      await page.getByText('班子结构达标').first().waitFor();
      await expect.poll(async () => (await page.locator('main').innerText()).includes('…'), { timeout: 20_000 }).toBe(false);
    });
    expect(await page.locator('main').innerText()).toMatch(/\d+ \/ \d+/);
    await page.screenshot({ path: join(resultsDir, 'dashboard-admin-zh.png'), fullPage: true });
  });

  /** The demo units by code (cun03, sq04, ...), looked up through the API. */
  async function unitsByCode(): Promise<Map<string, { id: string; name: string; kind: string }>> {
    const { allUnits } = await graphql<{ allUnits: { id: string; name: string; code: string; kind: string }[] }>(
      ui.base,
      '{ allUnits(perPage: 1000) { id name code kind } }',
      {},
      await adminToken(),
    );
    return new Map(allUnits.map((u) => [u.code, u]));
  }

  it('lets the admin type a score in the draft year’s grid and see the row total change (ASM-1/2)', async () => {
    const page = await signIn('admin');
    await step(page, 'score-grid-open', async () => {
      await page.goto(`${ui.base}/#/assessmentYears`);
      await page.getByRole('link', { name: '2026年度评分表' }).click();
      await page.waitForURL((url) => url.hash.startsWith('#/assessment-scores/2026'));
    });
    // the first village's row: part of its indicators are scored in the demo's draft year
    const row = page.locator('tbody tr[data-unit]').first();
    const total = row.locator('.row-total');
    const before = await step(page, 'score-grid-rows', async () => {
      await expect.poll(() => row.locator('input[inputmode="decimal"]').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      return Number((await total.innerText()).trim());
    });
    const cells = row.locator('input[inputmode="decimal"]');
    let target = -1;
    for (let i = 0; i < (await cells.count()); i += 1) {
      if ((await cells.nth(i).inputValue()) === '') {
        target = i;
        break;
      }
    }
    expect(target, 'the draft year leaves indicators unscored').toBeGreaterThanOrEqual(0);
    await step(page, 'score-grid-type', async () => {
      await cells.nth(target).click();
      await page.keyboard.type('90');
      await expect.poll(async () => Number((await total.innerText()).trim())).toBe(before + 90);
    });
    // Enter moves on to the next cell (keyboard entry)
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('inputmode'))).toBe('decimal');
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(resultsDir, 'score-grid-admin-zh.png') });
  });

  it('ranks cun03 and cun11 both third among the 2025 villages (ASM-3, PAY-4)', async () => {
    const units = await unitsByCode();
    const page = await signIn('admin');
    const filter = encodeURIComponent(JSON.stringify({ year: 2025, kind: 'VILLAGE' }));
    const rankOf = (name: string) => page.locator('tbody tr', { hasText: name }).locator('td.column-rank');
    await step(page, 'ranking-2025', async () => {
      await page.goto(`${ui.base}/#/ranking?filter=${filter}`);
      await expect.poll(() => page.locator('td.column-rank').count(), { timeout: 20_000 }).toBeGreaterThan(3);
    });
    // a tie reads 并列 (ASM-3)
    expect((await rankOf(units.get('cun03')!.name).innerText()).trim()).toBe('并列第3名');
    expect((await rankOf(units.get('cun11')!.name).innerText()).trim()).toBe('并列第3名');
    // competition ranking: the next unit is fifth; the last village is marked
    expect((await page.locator('td.column-rank').allInnerTexts()).map((t) => t.trim()).slice(0, 5)).toEqual(['第1名', '第2名', '并列第3名', '并列第3名', '第5名']);
    expect((await page.locator('tbody tr', { hasText: units.get('cun08')!.name }).innerText())).toContain('末位');
    await page.getByTestId('unit-results').getByRole('img').first().waitFor();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(resultsDir, 'ranking-2025-villages-zh.png'), fullPage: true });
  });

  it('reads a shared rank as 并列 wherever a rank is shown: a unit’s trend, the three links, the awards (ASM-3)', async () => {
    const units = await unitsByCode();
    const { assessmentRanking } = await graphql<{ assessmentRanking: { unit: { id: string }; rank: number }[] }>(
      ui.base,
      '{ assessmentRanking(year: 2024, kind: VILLAGE, perPage: 1000) { unit { id } rank } }',
      {},
      await adminToken(),
    );
    const own = assessmentRanking.find((r) => r.unit.id === units.get('cun01')!.id)!;
    // cun01 shared the last place of 2024
    expect(assessmentRanking.filter((r) => r.rank === own.rank).length).toBe(2);

    const village = await signIn('cun01');
    await step(village, 'trend-tied', async () => {
      await village.goto(`${ui.base}/#/ranking`);
      const trend = village.getByTestId('unit-results').getByRole('img', { name: /历年总分/ });
      await expect.poll(async () => (await trend.count()) > 0 && (await trend.first().textContent())?.includes(`并列第${own.rank}名`), { timeout: 20_000 }).toBe(true);
      // the year it did not share keeps its plain rank
      expect(await trend.first().textContent()).toContain('第1名');
    });

    const page = await signIn('admin');
    await step(page, 'three-links-tied', async () => {
      const filter = encodeURIComponent(JSON.stringify({ year: 2025, unitId: units.get('cun03')!.id }));
      await page.goto(`${ui.base}/#/three-links?filter=${filter}`);
      const ranks = page.locator('tbody td.column-assessmentRank');
      await expect.poll(() => ranks.count(), { timeout: 20_000 }).toBeGreaterThan(0);
      await expect.poll(async () => (await ranks.allInnerTexts()).every((t) => t.trim() === '并列第3名'), { timeout: 20_000 }).toBe(true);
    });
    await step(page, 'awards-tied', async () => {
      await page.goto(`${ui.base}/#/awards?filter=${encodeURIComponent(JSON.stringify({ year: 2025 }))}`);
      for (const code of ['cun03', 'cun11']) {
        const rank = page.locator('tbody tr', { hasText: units.get(code)!.name }).locator('td.column-rank').first();
        await expect.poll(async () => ((await rank.count()) > 0 ? (await rank.innerText()).trim() : ''), { timeout: 20_000 }).toBe('并列第3名');
      }
    });
  });

  it('shows a unit user the published ranking of every unit and its own item scores, with no edit control (ASM-2, ROLE-3)', async () => {
    const units = await unitsByCode();
    const villages = [...units.values()].filter((u) => u.kind === 'VILLAGE');
    const own = units.get('cun05')!;
    const page = await signIn('cun05');
    await step(page, 'unit-user-ranking', async () => {
      await page.goto(`${ui.base}/#/ranking`);
      await expect.poll(() => page.locator('td.column-rank').count(), { timeout: 20_000 }).toBe(villages.length);
      await page.getByTestId('unit-results').getByText(own.name).waitFor();
      // its own item scores: one row per indicator of the catalogue
      await expect.poll(() => page.getByTestId('unit-results').locator('table tbody tr').count()).toBeGreaterThan(0);
    });
    expect(await page.getByRole('button', { name: /公布|重新开放|保存|确认|驳回|登记/ }).count()).toBe(0);
    expect(await page.locator('main').getByRole('textbox').count()).toBe(0);
    // another unit's item scores are not shown (ASM-2)
    await page.locator('tbody tr', { hasText: units.get('cun01')!.name }).first().click();
    await page.getByTestId('unit-results').getByText('不显示其他村(社区)的分项得分').waitFor();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(resultsDir, 'ranking-unit-user-zh.png'), fullPage: true });
  });

  it('lists overdue care first on the care calendar (PAY-5)', async () => {
    const page = await signIn('admin');
    const status = page.locator('tbody td.column-overdue');
    const texts = await step(page, 'care-calendar', async () => {
      await page.goto(`${ui.base}/#/care-calendar`);
      await expect.poll(() => status.count(), { timeout: 20_000 }).toBeGreaterThan(1);
      return (await status.allInnerTexts()).map((t) => t.trim());
    });
    expect(texts[0]).toBe('已逾期');
    const firstDue = texts.indexOf('年内应办');
    expect(firstDue).toBeGreaterThan(0);
    expect(texts.slice(firstDue).every((t) => t === '年内应办')).toBe(true);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(resultsDir, 'care-calendar-admin-zh.png') });
  });

  it('renders the assessment, award, pay, care and policy pages', async () => {
    const page = await signIn('admin');
    const pages: [string, string, () => Promise<unknown>][] = [
      ['consequences', '/consequences', () => page.getByRole('button', { name: '确认' }).first().waitFor()],
      ['awards', '/awards', () => page.locator('td.column-minimumAmount').first().waitFor()],
      ['pay-report', '/pay-report', () => page.locator('td.column-belowFloor').first().waitFor()],
      ['allowance-report', '/allowance-report', () => page.locator('td.column-reason').first().waitFor()],
      ['three-links', '/three-links', () => page.locator('td.column-realisationAward').first().waitFor()],
      ['policy-parameters', '/policy-parameters', () => page.getByText('上年农村人均收入(元，0=未填)').first().waitFor()],
      ['dashboard', '/', () => page.getByText('待确认的处理建议').waitFor()],
    ];
    for (const [name, path, ready] of pages) {
      await step(page, name, async () => {
        await page.goto(`${ui.base}/#${path}`);
        await ready();
        // the dashboard's figures show … while they load
        if (name === 'dashboard') await expect.poll(async () => (await page.locator('main').innerText()).includes('…'), { timeout: 20_000 }).toBe(false);
      });
      await page.mouse.move(0, 0);
      await page.screenshot({ path: join(resultsDir, `${name}-admin-zh.png`) });
    }
  });

  it('switches the language from Chinese to English', async () => {
    const page = await signIn('admin');
    const nameHeader = page.locator('thead th.column-name');
    await step(page, 'language-switch', async () => {
      await page.goto(`${ui.base}/#/cadres`);
      await expect.poll(() => nameHeader.innerText()).toContain('姓名');
      await page.getByRole('button', { name: '中文' }).click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      await expect.poll(() => nameHeader.innerText()).toContain('Name');
    });
    expect(await page.locator('thead').innerText()).not.toContain('姓名');
    await page.screenshot({ path: join(resultsDir, 'cadres-admin-en.png'), fullPage: true });
  });
});
