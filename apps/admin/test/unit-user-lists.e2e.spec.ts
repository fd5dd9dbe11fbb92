/**
 * The demo as a village sees it: signed in as cun01 (王家湾村), every list the menu opens shows
 * rows — none opens on an empty state — so that a unit user trying the console has something to
 * look at everywhere. The dashboard and the two import pages are forms, not lists.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { skipBrowser, useConsole } from './support/browser';

const NOT_LISTS = new Set(['#/', '#/lrmx-import', '#/roster-import']);

/** What an empty list says (zh-CN): react-admin's empty and no-results states and the pages' own. */
const EMPTY_TEXTS = ['未找到', '还没有', '暂无待办事项', '年度暂无排名', '没有缺报的述职'];

interface Seen {
  rows: number;
  empty: string | null;
}

async function seen(page: Page): Promise<Seen> {
  const content = page.locator('.RaLayout-content');
  if (await content.locator('.RaEmpty-message').count()) return { rows: 0, empty: 'RaEmpty' };
  const text = await content.innerText();
  const empty = EMPTY_TEXTS.find((t) => text.includes(t)) ?? null;
  // rows of a table (not the one saying there are none), or the pending work of "My work"
  const rows = (await content.locator('table tbody tr').count()) + (await content.locator('[data-work]:not(.Mui-disabled)').count());
  return { rows, empty };
}

describe.skipIf(skipBrowser)('the lists of a village user', () => {
  const ui = useConsole();

  it('cun01 finds rows in every list of its menu, none empty', { timeout: 600_000 }, async () => {
    const page = await ui.signIn('cun01');
    // the menu is drawn once the viewer's access is known
    await page.locator('.RaSidebar-fixed a[href="#/cadres"], .MuiDrawer-root a[href="#/cadres"]').first().waitFor({ timeout: 30_000 });
    const links = await page.evaluate(() =>
      [...new Set([...document.querySelectorAll<HTMLAnchorElement>('.RaSidebar-fixed a[href], .MuiDrawer-root a[href]')].map((a) => a.getAttribute('href') ?? ''))].filter((h) => h.startsWith('#/')),
    );
    const lists = links.filter((l) => !NOT_LISTS.has(l));
    // the menu of a unit user: its own records, the reserve pipeline, the assessment, pay and care, inspections
    expect(lists).toEqual(expect.arrayContaining(['#/cadres', '#/reserveCandidates', '#/successionPairs', '#/successionProposals', '#/exitRecords', '#/consequences', '#/inspectionFindings']));
    const empty: string[] = [];
    for (const link of lists) {
      await ui.step(page, `cun01-list-${link.replace(/\W+/g, '_')}`, async () => {
        await page.goto(`${ui.base}/${link}`);
        // wait until the list has loaded: rows, or what an empty list says
        await expect
          .poll(
            async () => {
              const s = await seen(page);
              return s.rows > 0 || s.empty !== null;
            },
            { timeout: 20_000 },
          )
          .toBe(true);
        // the rows may still be arriving after a first empty render
        await page.waitForTimeout(300);
        const s = await seen(page);
        if (s.rows === 0 || s.empty) empty.push(`${link}: ${s.empty ?? 'no rows'}`);
      });
    }
    expect(empty).toEqual([]);
  });
});
