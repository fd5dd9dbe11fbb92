/**
 * The appointment form in the browser (ROLE-3, zh-CN): a unit user sees its cadre's form fields,
 * resume and family, the .lrmx download and print links, and imports an .lrmx file with a result
 * per file. The built API serves the built console with the demo data.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, graphql, resultsDir, skipBrowser, useConsole } from './support/browser';

describe.skipIf(skipBrowser)('appointment form in the browser', () => {
  const ui = useConsole();
  const { signIn, step } = ui;

  it('shows a unit user its cadre’s appointment form and imports the cadre’s .lrmx file with a per-file result', async () => {
    const { login } = await graphql<{ login: { token: string } }>(ui.base, 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: 'cun01', p: DEMO_PASSWORD });
    const { allCadreResumeLines } = await graphql<{ allCadreResumeLines: { cadreId: string; content: string }[] }>(
      ui.base,
      '{ allCadreResumeLines(perPage: 1, sortField: "position", sortOrder: "DESC") { cadreId content } }',
      {},
      login.token,
    );
    const line = allCadreResumeLines[0]!;
    const page = await signIn('cun01');
    await step(page, 'cadre-form', async () => {
      await page.goto(`${ui.base}/#/cadres/${line.cadreId}/show`);
      await expect.poll(() => page.getByText('任免审批表', { exact: true }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
      await expect.poll(() => page.getByText(line.content).count(), { timeout: 20_000 }).toBeGreaterThan(0);
      await expect.poll(() => page.getByText('家庭主要成员及重要社会关系').count()).toBeGreaterThan(0);
      const href = await page.getByRole('link', { name: '下载 .lrmx' }).getAttribute('href');
      expect(href).toContain(`/lrmx/${line.cadreId}.lrmx?access_token=`);
      await page.screenshot({ path: join(resultsDir, 'cadre-form-zh.png'), fullPage: true });
    });

    const { cadreLrmx } = await graphql<{ cadreLrmx: string }>(ui.base, 'query ($c: ID!) { cadreLrmx(cadreId: $c) }', { c: line.cadreId }, login.token);
    const file = join(mkdtempSync(join(tmpdir(), 'lrmx-')), '任免审批表.lrmx');
    writeFileSync(file, cadreLrmx);
    await step(page, 'lrmx-import', async () => {
      await page.goto(`${ui.base}/#/lrmx-import`);
      await page.getByTestId('lrmx-file').setInputFiles(file);
      await page.getByRole('button', { name: '导入', exact: true }).click();
      await expect.poll(() => page.getByText('成功 1 个，失败 0 个').count(), { timeout: 20_000 }).toBe(1);
      await expect.poll(() => page.getByText('无变化').count()).toBe(1);
      await page.screenshot({ path: join(resultsDir, 'lrmx-import-zh.png'), fullPage: true });
    });
  });
});
