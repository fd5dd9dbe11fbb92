/**
 * ORG-3 SEL-2 RES-1 The team in the console, in a real browser against the real API with the demo
 * data: a unit's team on its page (holders and a vacancy), appointing from a vacancy (the form opens
 * with the post chosen, saving shows the holder), and the team statistics page.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, graphql, skipBrowser, useConsole } from './support/browser';

/** Today in China, as the console's date pickers default to it. */
function chinaToday(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

describe.skipIf(skipBrowser)('team view and statistics in the browser', () => {
  const ui = useConsole();
  const { signIn, step } = ui;

  async function adminToken(): Promise<string> {
    const data = await graphql<{ login: { token: string } }>(ui.base, 'mutation($p: String!) { login(username: "admin", password: $p) { token } }', { p: DEMO_PASSWORD });
    return data.login.token;
  }

  /** The first demo village, a new vacant post in it and a new cadre of it. */
  async function prepare(token: string) {
    const { allUnits } = await graphql<{ allUnits: { id: string; name: string }[] }>(ui.base, '{ allUnits(filter: { code: "cun01" }) { id name } }', {}, token);
    const unit = allUnits[0]!;
    const { createPost } = await graphql<{ createPost: { id: string } }>(ui.base, 'mutation($u: ID!) { createPost(unitId: $u, title: "COMMITTEE_MEMBER", name: "治保委员") { id } }', { u: unit.id }, token);
    const { createCadre } = await graphql<{ createCadre: { id: string } }>(
      ui.base,
      'mutation($u: ID!) { createCadre(unitId: $u, name: "任命测试人", gender: MALE, birthDate: "1990-01-01") { id } }',
      { u: unit.id },
      token,
    );
    const { Unit } = await graphql<{ Unit: { currentTeam: { vacant: boolean; holder: { name: string } | null }[] } }>(ui.base, 'query($id: ID!) { Unit(id: $id) { currentTeam { vacant holder { name } } } }', { id: unit.id }, token);
    const holders = Unit.currentTeam.filter((s) => s.holder).map((s) => s.holder!.name);
    return { unit, postId: createPost.id, cadreId: createCadre.id, holders };
  }

  it('ORG-3 shows a unit’s team: holder names in official order and the vacant post; appointing from the vacancy opens the form with the post and shows the holder after saving (SEL-2)', async () => {
    const token = await adminToken();
    const { unit, holders } = await prepare(token);
    expect(holders.length).toBeGreaterThan(0);
    const page = await signIn('admin');
    const seats = page.getByTestId('team-seat');
    await step(page, 'team-view', async () => {
      await page.goto(`${ui.base}/#/units/${unit.id}/show`);
      await page.getByTestId('team-view').waitFor();
      await expect.poll(() => seats.count(), { timeout: 20_000 }).toBeGreaterThan(holders.length);
      await expect.poll(async () => (await page.getByTestId('team-view').innerText()).includes(holders[0]!), { timeout: 20_000 }).toBe(true);
    });
    const text = await page.getByTestId('team-view').innerText();
    for (const name of holders) expect(text).toContain(name);
    // the first seat is the Party secretary's (official order)
    expect(await seats.first().innerText()).toContain('党组织书记');
    const vacantRow = seats.filter({ hasText: '治保委员' });
    expect(await vacantRow.innerText()).toContain('空缺');
    await step(page, 'appoint-from-vacancy', async () => {
      await vacantRow.getByRole('link', { name: '任命' }).or(vacantRow.getByRole('button', { name: '任命' })).first().click();
      await page.waitForURL((url) => url.hash.startsWith('#/appointments/create'));
      // the post is chosen: its label names the unit, the title, its name and "vacant"
      await expect.poll(() => page.locator('form').innerText(), { timeout: 20_000 }).toContain('治保委员');
      expect(await page.locator('form').innerText()).toContain(unit.name);
      const cadre = page.getByLabel('干部');
      await cadre.fill('任命测试人');
      await page.getByRole('option', { name: '任命测试人' }).click();
      await page.getByLabel('任职日期').fill(chinaToday());
      await page.getByRole('button', { name: '保存' }).click();
      await page.waitForURL((url) => /#\/appointments\/[^/]+\/show/.test(url.hash));
    });
    await step(page, 'holder-shown', async () => {
      await page.goto(`${ui.base}/#/units/${unit.id}/show`);
      await page.getByTestId('team-view').waitFor();
      await expect.poll(async () => seats.filter({ hasText: '治保委员' }).innerText(), { timeout: 20_000 }).toContain('任命测试人');
    });
    expect(await seats.filter({ hasText: '治保委员' }).innerText()).not.toContain('空缺');
    // several page loads and a save: more than the default per-test time on a busy machine
  }, 300_000);

  it('ORG-3 the statistics page shows the figures, the age pyramid and the shares, and a number opens the people behind it', async () => {
    const page = await signIn('admin');
    await step(page, 'statistics', async () => {
      await page.goto(`${ui.base}/#/team-statistics`);
      await page.getByTestId('statistics-page').getByText('班子成员(人)').waitFor();
      await page.getByRole('img', { name: '年龄结构(按性别)' }).waitFor();
      await page.getByRole('img', { name: '学历' }).waitFor();
      await page.getByRole('img', { name: '政治面貌' }).waitFor();
    });
    const body = await page.getByTestId('statistics-page').innerText();
    expect(body).toMatch(/截至 \d{4}年\d{1,2}月\d{1,2}日/);
    expect(body).not.toMatch(/UP_TO_35|PARTY_MEMBER|BACHELOR/);
    await step(page, 'people', async () => {
      await page.getByRole('img', { name: '政治面貌' }).getByRole('button').first().click();
      await page.getByRole('dialog').waitFor();
      await expect.poll(() => page.getByTestId('statistics-person').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    });
    expect(await page.getByRole('dialog').innerText()).toMatch(/中共党员：\d+ 人/);
  }, 300_000);
});
