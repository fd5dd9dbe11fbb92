/**
 * The roster import page in a real browser (ROLE-3, ROLE-2): a unit user downloads its template
 * through the API, uploads it, checks it, imports it and sees the result; the analyst has no menu entry.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, graphql, skipBrowser, useConsole } from './support/browser';

describe.skipIf(skipBrowser)('roster import in the browser', () => {
  const ui = useConsole();
  const { signIn, step } = ui;

  it('a unit user checks and imports its template; the counts and the result show in Chinese (ROLE-3)', async () => {
    const { login } = await graphql<{ login: { token: string } }>(ui.base, 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: 'cun01', p: DEMO_PASSWORD });
    const template = Buffer.from(await (await fetch(`${ui.base}/excel/roster-template.xlsx`, { headers: { authorization: `Bearer ${login.token}` } })).arrayBuffer());
    const page = await signIn('cun01');
    await step(page, 'import-page', async () => {
      await page.getByRole('menuitem', { name: '花名册导入' }).click();
      await page.getByText('下载导入模板').waitFor();
    });
    await step(page, 'import-check', async () => {
      await page.locator('input[type=file]').setInputFiles({ name: '花名册.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: template });
      await page.getByRole('button', { name: '检查' }).click();
      await page.getByText(/检查通过：共 3 行/).waitFor({ timeout: 30_000 });
    });
    await step(page, 'import-commit', async () => {
      await page.getByRole('button', { name: '导入', exact: true }).click();
      await page.getByText(/导入完成：共 3 行/).waitFor({ timeout: 60_000 });
    });
  });

  it('the analyst has no import entry in the menu (ROLE-2)', async () => {
    const page = await signIn('analyst');
    await page.getByRole('menuitem', { name: '干部', exact: true }).waitFor();
    expect(await page.getByRole('menuitem', { name: '花名册导入' }).count()).toBe(0);
  });
});
