/**
 * "Export selected" in a real browser: on every list with an export, the rows ticked are exported
 * exactly — the request names their ids and nothing else, the columns and headers are those of
 * the list's Export button, and the sheet holds those rows only, masked as in the full export.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, graphql, skipBrowser, useConsole } from './support/browser';

// the API's Excel library reads the downloaded sheets back
const requireFromApi = createRequire(resolve(dirname(fileURLToPath(import.meta.url)), '../../api/package.json'));
interface Workbook {
  xlsx: { load(data: Buffer): Promise<unknown> };
  worksheets: { rowCount: number; getRow(n: number): { values: unknown } }[];
}
const ExcelJS = requireFromApi('exceljs') as { Workbook: new () => Workbook };

/** The rows above the header of an exported sheet: title, "as of", filters, who exported. */
const HEADER_ROW = 5;

interface ExportBody {
  filter?: { ids?: string[] } & Record<string, unknown>;
  sortField?: string;
  sortOrder?: string;
  columns?: { source: string; label: string }[];
  title?: string;
}

interface Sheet {
  header: string[];
  rows: string[][];
}

async function readSheet(path: string): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path));
  const sheet = workbook.worksheets[0]!;
  const cells = (n: number) => {
    const values = sheet.getRow(n).values as unknown[];
    return values.slice(1).map((v) => (v == null ? '' : String(v)));
  };
  const rows: string[][] = [];
  for (let n = HEADER_ROW + 1; n <= sheet.rowCount; n++) rows.push(cells(n));
  return { header: cells(HEADER_ROW), rows: rows.filter((r) => r.some((c) => c !== '')) };
}

/** Clicks a button and returns the export request it sends and the sheet it downloads. */
async function exportWith(page: Page, resource: string, click: () => Promise<void>): Promise<{ body: ExportBody; sheet: Sheet }> {
  const isExport = (r: Request) => r.method() === 'POST' && r.url().includes(`/excel/export/${resource}.xlsx`);
  const [request, download] = await Promise.all([page.waitForRequest(isExport, { timeout: 30_000 }), page.waitForEvent('download', { timeout: 60_000 }), click()]);
  const path = await download.path();
  return { body: request.postDataJSON() as ExportBody, sheet: await readSheet(path) };
}

const rows = (page: Page) => page.locator('.RaDataTable-table tbody tr');

/** Ticks the rows at these positions; returns their text. */
async function tick(page: Page, positions: number[]): Promise<string[]> {
  const texts: string[] = [];
  for (const n of positions) {
    const row = rows(page).nth(n);
    // the selection box of the row (its first cell), not a control of the row's own
    await row.locator('td').first().locator('input[type="checkbox"]').check();
    texts.push(await row.innerText());
  }
  return texts;
}

/** The lists with an export, as their menu reaches them: the resource and the page. */
const LISTS = [
  'cadres',
  'appointments',
  'reserveCandidates',
  'trainingSessions',
  'posts',
  'units',
  'secretarySelections',
  'exitRecords',
  'dutyReports',
  'payRecords',
  'dutyLogEntries',
  'dutyLogChecks',
  'careEvents',
  'honours',
  'inspectionRounds',
  'inspectionFindings',
  'inspectionNotices',
  'users',
  'auditEntries',
];

describe.skipIf(skipBrowser)('export selected', () => {
  const ui = useConsole();
  const { signIn, step } = ui;

  it('exports exactly the ticked rows of every list with an export, with the columns of its Export button', { timeout: 600_000 }, async () => {
    const page = await signIn('admin');
    const { login } = await graphql<{ login: { token: string } }>(ui.base, 'mutation($p: String!) { login(username: "admin", password: $p) { token } }', { p: DEMO_PASSWORD });
    for (const resource of LISTS) {
      await step(page, `bulk-export-${resource}`, async () => {
        await page.goto(`${ui.base}/#/${resource}`);
        await expect.poll(() => rows(page).count(), { timeout: 20_000 }).toBeGreaterThan(1);
        const full = await exportWith(page, resource, () => page.getByRole('button', { name: '导出', exact: true }).click());
        // the list's Export asks for every row its filter matches, in the list's order: no ids (not
        // only the rows read for the button), and the sheet holds as many rows as the list counts
        expect(full.body.filter?.ids, resource).toBeUndefined();
        expect(full.body.sortField, resource).toBeTruthy();
        const plural = resource.charAt(0).toUpperCase() + resource.slice(1);
        const type = plural.endsWith('ies') ? `${plural.slice(0, -3)}y` : plural.slice(0, -1);
        const meta = await graphql<{ m: { count: number } }>(ui.base, `query($f: ${type}Filter) { m: _all${plural}Meta(filter: $f) { count } }`, { f: full.body.filter ?? {} }, login.token);
        expect(full.sheet.rows, resource).toHaveLength(meta.m.count);
        const positions = (await rows(page).count()) > 2 ? [0, 2] : [0, 1];
        await tick(page, positions);
        const selected = await exportWith(page, resource, () => page.getByRole('button', { name: '导出所选' }).click());
        // the ids of the ticked rows, and nothing else: the sheet holds those rows (the full export
        // lists the rows in the list's order)
        expect(Object.keys(selected.body.filter ?? {}), resource).toEqual(['ids']);
        expect(selected.body.filter!.ids, resource).toHaveLength(positions.length);
        expect([...selected.sheet.rows].map(String).sort(), resource).toEqual(positions.map((n) => String(full.sheet.rows[n])).sort());
        // the list's columns, headers and title
        expect(selected.body.columns, resource).toEqual(full.body.columns);
        expect(selected.body.title, resource).toBe(full.body.title);
        expect(selected.sheet.header, resource).toEqual(full.sheet.header);
        expect(selected.sheet.rows, resource).toHaveLength(2);
        for (const row of selected.sheet.rows) expect(full.sheet.rows, resource).toContainEqual(row);
      });
    }
  });

  it('exports the analyst the ticked cadres masked as in the full export', { timeout: 120_000 }, async () => {
    const page = await signIn('analyst');
    await step(page, 'bulk-export-analyst', async () => {
      await page.goto(`${ui.base}/#/cadres`);
      await expect.poll(() => rows(page).count(), { timeout: 20_000 }).toBeGreaterThan(3);
      const full = await exportWith(page, 'cadres', () => page.getByRole('button', { name: '导出', exact: true }).click());
      const names = await tick(page, [1, 3]);
      const selected = await exportWith(page, 'cadres', () => page.getByRole('button', { name: '导出所选' }).click());
      expect(selected.sheet.rows).toHaveLength(2);
      const idColumn = selected.sheet.header.indexOf('身份证号');
      expect(idColumn).toBeGreaterThanOrEqual(0);
      for (const row of selected.sheet.rows) {
        expect(full.sheet.rows).toContainEqual(row);
        expect(names.some((n) => n.includes(row[selected.sheet.header.indexOf('姓名')]!))).toBe(true);
        // masked: the last two characters of the ID number only
        expect(row[idColumn]).toMatch(/^\*+[0-9X]{2}$/);
      }
    });
  });

  it('exports the ticked participants of a training session', { timeout: 120_000 }, async () => {
    const page = await signIn('admin');
    await step(page, 'bulk-export-participants', async () => {
      await page.goto(`${ui.base}/#/trainingSessions`);
      await expect.poll(() => rows(page).count(), { timeout: 20_000 }).toBeGreaterThan(0);
      // the first session with participants: the secretaries' course
      await page.getByText('村(社区)党组织书记履职能力培训').click();
      await expect.poll(() => rows(page).count(), { timeout: 20_000 }).toBeGreaterThan(2);
      const names = await tick(page, [0, 1]);
      const selected = await exportWith(page, 'trainingParticipations', () => page.getByRole('button', { name: '导出所选' }).click());
      expect(selected.body.filter?.ids).toHaveLength(2);
      expect(selected.sheet.header).toEqual(['培训', '所属村(社区)', '干部', '出勤', '学时', '备注']);
      expect(selected.sheet.rows).toHaveLength(2);
      for (const row of selected.sheet.rows) {
        expect(row[0]).toBe('村(社区)党组织书记履职能力培训');
        expect(names.some((n) => n.includes(row[2]!))).toBe(true);
      }
    });
  });
});
