/**
 * INS-1 / INS-3 the inspection pages in a real browser against the real API with the demo data:
 * a village's inbox of its findings (overdue highlighted, the unit's own step only), a notice as
 * written, and the proposed deductions beside the 2026 score grid.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resultsDir, skipBrowser, useConsole } from './support/browser';

describe.skipIf(skipBrowser)('inspections in the browser', () => {
  const ui = useConsole();
  const { signIn, step } = ui;

  it('INS-1 cun01 sees its own findings with the overdue one highlighted, and may report but not accept (ROLE-3)', async () => {
    const page = await signIn('cun01');
    await step(page, 'cun01-findings', async () => {
      await page.goto(`${ui.base}/#/inspectionFindings`);
      const units = page.locator('tbody td.column-unitId');
      await expect.poll(() => units.count(), { timeout: 20_000 }).toBe(3);
      await expect.poll(async () => (await units.allInnerTexts()).every((t) => t.trim() === '王家湾村'), { timeout: 20_000 }).toBe(true);
      const text = await page.locator('tbody').innerText();
      expect(text).toContain('（已逾期）');
      expect(text).toContain('已退回重改');
      // no raw codes on the screen
      expect(text).not.toMatch(/\b(OPEN|RETURNED|SUBMITTED|ACCEPTED|DUTY_NOT_DONE|ABSENCE)\b/);
      await expect.poll(() => page.getByRole('button', { name: '报送整改情况' }).count()).toBeGreaterThan(0);
      expect(await page.getByRole('button', { name: '验收通过' }).count()).toBe(0);
    });
    await page.screenshot({ path: join(resultsDir, 'inspection-findings-cun01-zh.png'), fullPage: true });
  });

  it('INS-1 a unit reads an issued notice as written, every unit’s findings in it', async () => {
    const page = await signIn('cun01');
    await step(page, 'cun01-notices', async () => {
      await page.goto(`${ui.base}/#/inspectionNotices`);
      await expect.poll(() => page.locator('tbody tr').count(), { timeout: 20_000 }).toBe(3);
      await page.getByText('〔2026〕第1期').click();
      await expect.poll(() => page.locator('body').innerText(), { timeout: 20_000 }).toContain('关于2026年8月份村（社区）“两委”干部履职情况督查的通报');
      // the notice's findings load after its text
      await expect.poll(() => page.locator('body').innerText(), { timeout: 20_000 }).toContain('王家湾村');
      const body = await page.locator('body').innerText();
      expect(body).toContain('值班干部未在岗');
      expect(body).not.toContain('验收');
    });
  });

  it('INS-3 the 2026 score grid shows the proposed deductions, one applied and one to apply (admin)', async () => {
    const page = await signIn('admin');
    await step(page, 'admin-score-grid-deductions', async () => {
      await page.goto(`${ui.base}/#/assessment-scores/2026`);
      await expect.poll(() => page.locator('body').innerText(), { timeout: 60_000 }).toContain('2026年度督查建议扣分');
      await expect.poll(() => page.getByRole('button', { name: '计入考核' }).count(), { timeout: 30_000 }).toBe(1);
      const body = await page.locator('body').innerText();
      expect(body).toContain('已计入');
    });
    await page.screenshot({ path: join(resultsDir, 'inspection-deductions-admin-zh.png'), fullPage: true });
  });
});
