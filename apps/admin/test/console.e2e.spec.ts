/**
 * The console in a real browser against the real API (ROLE-1, ROLE-3, zh-CN/en): the built API
 * serves the built console on a free port, with a fresh SQLite database loaded with the demo data.
 *
 * Needs `apps/api/dist/main.js`, `apps/admin/dist/` (the root `test` script builds both) and
 * Chromium (`CHROMIUM_PATH`, default /usr/bin/chromium). Without them the test is skipped, except
 * under CI, where it fails.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const adminDir = resolve(here, '..');
const apiMain = resolve(adminDir, '../api/dist/main.js');
const consoleDir = resolve(adminDir, 'dist');
const resultsDir = resolve(adminDir, 'test-results');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DEMO_PASSWORD = 'demo-pass-123';

const missing = [
  existsSync(chromiumPath) ? null : `Chromium at ${chromiumPath} (apt-get install -y chromium fonts-wqy-microhei, or set CHROMIUM_PATH)`,
  existsSync(apiMain) ? null : `the built API at ${apiMain} (build @liangwei/api)`,
  existsSync(join(consoleDir, 'index.html')) ? null : `the built console at ${consoleDir} (vite build)`,
].filter((m): m is string => m !== null);

if (missing.length > 0 && !process.env.CI) {
  console.warn(`console.e2e: SKIPPED, missing ${missing.join('; ')}`);
}

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => ok(port));
    });
  });
}

async function waitForHealth(base: string, api: ChildProcess, log: () => string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (api.exitCode !== null) throw new Error(`the API exited with ${api.exitCode}:\n${log()}`);
    try {
      const response = await fetch(`${base}/healthz`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the API did not answer /healthz within ${timeoutMs} ms:\n${log()}`);
}

async function graphql<T>(base: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 5_000);
  await exited;
  clearTimeout(timer);
}

describe.skipIf(missing.length > 0 && !process.env.CI)('console in the browser', () => {
  let api: ChildProcess;
  let apiLog = '';
  let base = '';
  let dataDir = '';
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    if (missing.length > 0) throw new Error(`cannot run the browser test under CI: missing ${missing.join('; ')}`);
    mkdirSync(resultsDir, { recursive: true });
    dataDir = mkdtempSync(join(tmpdir(), 'liangwei-e2e-'));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    api = spawn(process.execPath, [apiMain, '--serve-console'], {
      cwd: dirname(apiMain),
      // its own process group, so that everything it starts ends with it
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: join(dataDir, 'e2e.sqlite'),
        SEED_DEMO: '1',
        DEMO_PASSWORD,
        JWT_SECRET: 'e2e',
        CONSOLE_DIR: consoleDir,
      },
    });
    api.stdout?.on('data', (chunk) => (apiLog += chunk));
    api.stderr?.on('data', (chunk) => (apiLog += chunk));
    await waitForHealth(base, api, () => apiLog);
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    if (api) await stopProcessGroup(api);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  /** A fresh browser profile (no stored session or language), signed in as `username`. */
  async function signIn(username: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await step(page, `login-${username}`, async () => {
      await page.goto(`${base}/#/login`);
      await page.locator('input[name="username"]').fill(username);
      await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
      await page.locator('button[type="submit"]').click();
      await page.waitForURL((url) => !url.hash.startsWith('#/login'));
    });
    return page;
  }

  /** Runs a step; when it fails, keeps a screenshot and says what the page and the API showed. */
  async function step<T>(page: Page, name: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      await page.screenshot({ path: join(resultsDir, `failed-${name}.png`), fullPage: true }).catch(() => undefined);
      const text = await page.locator('body').innerText().catch(() => '(no page text)');
      throw new Error(
        `${name} failed at ${page.url()}: ${(error as Error).message}\n--- page ---\n${text.slice(0, 1500)}\n--- API log (end) ---\n${apiLog.slice(-1500)}`,
        { cause: error },
      );
    }
  }

  /** The unit names in the cadre list's unit column, once every row shows one. */
  async function unitNamesOfCadreRows(page: Page, name: string): Promise<string[]> {
    return step(page, name, async () => {
      await page.goto(`${base}/#/cadres`);
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
      base,
      'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: 'admin', p: DEMO_PASSWORD },
    );
    const { allUsers } = await graphql<{ allUsers: { username: string; unit: { name: string } | null }[] }>(
      base,
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
      base,
      'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: 'admin', p: DEMO_PASSWORD },
    );
    return login.token;
  }

  it('lists the team composition of every unit, non-compliant units first (RES-4)', async () => {
    const page = await signIn('admin');
    const chips = page.locator('tbody td.column-compliant');
    const texts = await step(page, 'compliance', async () => {
      await page.goto(`${base}/#/compliance`);
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
      base,
      '{ allReserveCandidates(filter: { status: PROPOSED }, perPage: 1) { unitId cadre { name } } }',
      {},
      token,
    );
    const candidate = allReserveCandidates[0];
    expect(candidate, 'the demo data has a candidate proposed by its Party organisation').toBeTruthy();
    const { allUsers } = await graphql<{ allUsers: { username: string }[] }>(
      base,
      'query ($unitId: ID) { allUsers(filter: { role: UNIT_USER, unitId: $unitId }, perPage: 1) { username } }',
      { unitId: candidate!.unitId },
      token,
    );
    const page = await signIn(allUsers[0]!.username);
    const row = page.locator('tbody tr', { hasText: candidate!.cadre.name });
    await step(page, 'unit-user-pipeline', async () => {
      await page.goto(`${base}/#/reserveCandidates`);
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
      await admin.goto(`${base}/#/reserveCandidates?filter=${filter}`);
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
      await analyst.goto(`${base}/#/reserveCandidates?filter=${filter}`);
      await expect.poll(() => analystRows.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    });
    expect(await analyst.locator('tbody button').count()).toBe(0);
  });

  it('shows the workflow figures on the dashboard', async () => {
    const page = await signIn('admin');
    await step(page, 'dashboard', async () => {
      await page.goto(`${base}/#/`);
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
      base,
      '{ allUnits(perPage: 1000) { id name code kind } }',
      {},
      await adminToken(),
    );
    return new Map(allUnits.map((u) => [u.code, u]));
  }

  it('lets the admin type a score in the draft year’s grid and see the row total change (ASM-1/2)', async () => {
    const page = await signIn('admin');
    await step(page, 'score-grid-open', async () => {
      await page.goto(`${base}/#/assessmentYears`);
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
      await page.goto(`${base}/#/ranking?filter=${filter}`);
      await expect.poll(() => page.locator('td.column-rank').count(), { timeout: 20_000 }).toBeGreaterThan(3);
    });
    expect((await rankOf(units.get('cun03')!.name).innerText()).trim()).toBe('3');
    expect((await rankOf(units.get('cun11')!.name).innerText()).trim()).toBe('3');
    // competition ranking: the next unit is fifth; the last village is marked
    expect((await page.locator('td.column-rank').allInnerTexts()).map((t) => t.trim()).slice(0, 5)).toEqual(['1', '2', '3', '3', '5']);
    expect((await page.locator('tbody tr', { hasText: units.get('cun08')!.name }).innerText())).toContain('末位');
    await page.getByTestId('unit-results').getByRole('img').first().waitFor();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(resultsDir, 'ranking-2025-villages-zh.png'), fullPage: true });
  });

  it('shows a unit user the published ranking of every unit and its own item scores, with no edit control (ASM-2, ROLE-3)', async () => {
    const units = await unitsByCode();
    const villages = [...units.values()].filter((u) => u.kind === 'VILLAGE');
    const own = units.get('cun05')!;
    const page = await signIn('cun05');
    await step(page, 'unit-user-ranking', async () => {
      await page.goto(`${base}/#/ranking`);
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
      await page.goto(`${base}/#/care-calendar`);
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
      ['policy-parameters', '/policy-parameters', () => page.getByText('priorYearRuralIncome').waitFor()],
      ['dashboard', '/', () => page.getByText('待确认的处理建议').waitFor()],
    ];
    for (const [name, path, ready] of pages) {
      await step(page, name, async () => {
        await page.goto(`${base}/#${path}`);
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
      await page.goto(`${base}/#/cadres`);
      await expect.poll(() => nameHeader.innerText()).toContain('姓名');
      await page.getByRole('button', { name: '中文' }).click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      await expect.poll(() => nameHeader.innerText()).toContain('Name');
    });
    expect(await page.locator('thead').innerText()).not.toContain('姓名');
    await page.screenshot({ path: join(resultsDir, 'cadres-admin-en.png'), fullPage: true });
  });
});
