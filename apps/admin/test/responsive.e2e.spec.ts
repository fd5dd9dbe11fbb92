import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { resultsDir, skipBrowser, useConsole } from './support/browser';

/**
 * Phones and wide screens: the main pages at 390 px and 1440 px, a screenshot of each, and nothing
 * wider than the window (the page never scrolls sideways; wide grids scroll inside their card).
 */

const PAGES = ['/', '/my-work', '/units', '/cadres', '/reserveCandidates', '/exitRecords', '/trainingSessions', '/ranking', '/assessment-scores/2025', '/three-links', '/payRecords', '/careEvents', '/warnings'];

async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(200);
  await page.waitForFunction(() => !document.querySelector('.RaLoadingIndicator-loader, .MuiSkeleton-root, [role="progressbar"]'), undefined, { timeout: 10_000 }).catch(() => undefined);
  await page.waitForTimeout(300);
}

describe.skipIf(skipBrowser)('phones and wide screens', () => {
  const ui = useConsole();

  for (const width of [390, 1440]) {
    for (const username of ['admin', 'cun01']) {
      it(`nothing overflows the page at ${width} px (${username})`, { timeout: 300_000 }, async () => {
        const page = await ui.signIn(username, { width, height: width < 600 ? 844 : 900 });
        const overflowing: string[] = [];
        for (const path of PAGES) {
          await ui.step(page, `responsive-${width}-${username}-${path.replace(/\W+/g, '_')}`, async () => {
            await page.goto(`${ui.base}/#${path}`);
            await settle(page);
            await page.screenshot({ path: join(resultsDir, `responsive-${width}-${username}${path.replace(/\W+/g, '_')}.png`) });
            const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
            if (scrollWidth > innerWidth) overflowing.push(`${path}: ${scrollWidth} > ${innerWidth}`);
          });
        }
        expect(overflowing).toEqual([]);
      });
    }
  }

  it('a list is a compact list under 600 px: no header row, one block per record', { timeout: 120_000 }, async () => {
    const page = await ui.signIn('admin', { width: 390, height: 844 });
    await page.goto(`${ui.base}/#/cadres`);
    await settle(page);
    const layout = await page.evaluate(() => {
      const head = document.querySelector('.RaDataTable-table thead');
      const row = document.querySelector('.RaDataTable-table tbody tr');
      return { headHidden: !head || getComputedStyle(head).display === 'none', rowDisplay: row ? getComputedStyle(row).display : null, rowWidth: row?.getBoundingClientRect().width ?? 0 };
    });
    expect(layout.headHidden).toBe(true);
    expect(layout.rowDisplay).toBe('flex');
    expect(layout.rowWidth).toBeLessThanOrEqual(390);
  });

  it('the score grid keeps its first column fixed and scrolls inside its card at 390 px', { timeout: 120_000 }, async () => {
    const page = await ui.signIn('admin', { width: 390, height: 844 });
    await page.goto(`${ui.base}/#/assessment-scores/2025`);
    await settle(page);
    const grid = await page.evaluate(() => {
      const container = document.querySelector('.MuiTableContainer-root');
      const first = container?.querySelector('thead tr th:first-child, thead tr td:first-child');
      return { scrolls: container ? container.scrollWidth > container.clientWidth : false, sticky: first ? getComputedStyle(first).position : null };
    });
    expect(grid.sticky).toBe('sticky');
    expect(grid.scrolls).toBe(true);
  });
});
