/**
 * Annual plans in the browser (TGT-1/2, ROLE-1/3): a unit user sees its committed plan with the
 * progress step and no approval; the admin approves a submitted plan. Demo data, zh-CN.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, graphql, resultsDir, skipBrowser, useConsole } from './support/browser';

describe.skipIf(skipBrowser)('annual plans in the browser', () => {
  const ui = useConsole();
  const { signIn, step } = ui;

  async function token(username: string): Promise<string> {
    const { login } = await graphql<{ login: { token: string } }>(ui.base, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: DEMO_PASSWORD });
    return login.token;
  }

  it('TGT-2 / ROLE-3 cun01 sees its committed plan, its practical matters and the progress step, never the approval', async () => {
    const { allAnnualPlans } = await graphql<{ allAnnualPlans: { id: string; year: number }[] }>(ui.base, '{ allAnnualPlans(filter: { status: COMMITTED }) { id year } }', {}, await token('cun01'));
    const plan = allAnnualPlans[0]!;
    const page = await signIn('cun01');
    await step(page, 'cun01-plan', async () => {
      await page.goto(`${ui.base}/#/annualPlans/${encodeURIComponent(plan.id)}/show`);
      await page.getByText('年度目标与为民实事').waitFor();
      await expect.poll(() => page.getByRole('button', { name: '填报进度' }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    });
    const text = await page.locator('main').innerText();
    expect(text).toContain('已公开承诺');
    expect(text).toContain('为民实事');
    expect(text).not.toMatch(/PRACTICAL_MATTER|COMMITTED|\d{4}-\d{2}-\d{2}T/);
    expect(await page.getByRole('button', { name: '审定通过' }).count()).toBe(0);
    await page.screenshot({ path: join(resultsDir, 'plan-unit-user-zh.png'), fullPage: true });
  });

  it('TGT-2 / ROLE-1 the admin approves a submitted plan; the unit’s steps are not offered to the admin', async () => {
    const { allAnnualPlans } = await graphql<{ allAnnualPlans: { id: string }[] }>(ui.base, '{ allAnnualPlans(filter: { status: SUBMITTED }, perPage: 1) { id } }', {}, await token('admin'));
    const plan = allAnnualPlans[0]!;
    const page = await signIn('admin');
    await step(page, 'admin-approve', async () => {
      await page.goto(`${ui.base}/#/annualPlans/${encodeURIComponent(plan.id)}/show`);
      await page.getByRole('button', { name: '退回修改' }).waitFor({ timeout: 20_000 });
      await page.getByRole('button', { name: '审定通过' }).click();
      await page.getByRole('dialog').getByRole('button', { name: '审定通过' }).click();
      await page.getByText('已审定').first().waitFor({ timeout: 20_000 });
    });
    expect(await page.getByRole('button', { name: '报送审定' }).count()).toBe(0);
    await page.screenshot({ path: join(resultsDir, 'plan-admin-approved-zh.png'), fullPage: true });
  });
});
