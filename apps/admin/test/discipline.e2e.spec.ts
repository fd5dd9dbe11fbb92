/**
 * MGT-1 discipline cases in the console (ROLE-1, ROLE-3, zh-CN): the unit sees its own case with
 * labels (never codes) and downloads the decision document; the admin accepts the rectification.
 *
 * What it needs: `support/browser.ts`.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resultsDir, skipBrowser, useConsole } from './support/browser';

describe.skipIf(skipBrowser)('discipline cases in the browser (MGT-1)', () => {
  const ui = useConsole();
  const { signIn, step } = ui;

  it('MGT-1 ROLE-3 cun01 sees its own case in Chinese, takes no subdistrict step, and downloads the decision as Word', async () => {
    const page = await signIn('cun01');
    await step(page, 'cun01-discipline-list', async () => {
      await page.goto(`${ui.base}/#/disciplineCases`);
      await page.getByText('整改待验收').first().waitFor();
    });
    const body = await page.locator('main').innerText();
    expect(body).toContain('批评教育并整改');
    for (const code of ['CRITICISM', 'ANSWERED', 'RECTIFYING']) expect(body).not.toContain(code);
    expect(await page.getByRole('button', { name: '验收通过' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '作出处理决定' }).count()).toBe(0);
    await step(page, 'cun01-discipline-show', async () => {
      await page.getByText('整改待验收').first().click();
      await page.getByRole('button', { name: 'Word' }).waitFor();
    });
    await page.screenshot({ path: join(resultsDir, 'discipline-show-cun01-zh.png'), fullPage: true });
    const download = await step(page, 'cun01-discipline-word', async () => {
      const waiting = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Word' }).click();
      return waiting;
    });
    expect(download.suggestedFilename()).toMatch(/^处理决定-王家湾村-.+\.docx$/);
  });

  it('MGT-1 ROLE-1 the admin accepts the reported rectification', async () => {
    const page = await signIn('admin');
    await step(page, 'admin-discipline-accept', async () => {
      await page.goto(`${ui.base}/#/disciplineCases`);
      await page.getByRole('button', { name: '验收通过' }).first().click();
      await page.getByRole('dialog').getByRole('button', { name: '验收通过' }).click();
      // the list reloads: the accepted case now offers 结案 (the notice says 整改已验收 too)
      await page.getByRole('button', { name: '结案' }).first().waitFor();
    });
    expect(await page.locator('main').getByText('整改已验收').count()).toBeGreaterThan(0);
  });
});
