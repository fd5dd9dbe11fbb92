import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { resultsDir, skipBrowser, useConsole } from './support/browser';

/**
 * Nothing raw on screen: every page reachable from the menu, and the first record of each list
 * (its show or edit page), for the subdistrict admin, a village user and the analyst, in Chinese
 * and English, shows no code (CAPITALS_WITH_UNDERSCORES), no camelCase or joined PascalCase word
 * (a field or entity name), no UUID, no ISO timestamp and no ISO date or month (YYYY-MM-DD, YYYY-MM).
 */

const RAW: { name: string; pattern: RegExp }[] = [
  { name: 'code', pattern: /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g },
  { name: 'camelCase', pattern: /\b[a-z]+(?:[A-Z][a-z0-9]*)+\b/g },
  { name: 'PascalCase', pattern: /\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b/g },
  { name: 'UUID', pattern: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi },
  { name: 'ISO timestamp', pattern: /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/g },
  // a calendar date (2026-03-15) or a month (2026-03) as the API sends it: the console writes
  // 2026年3月15日 / 15 Mar 2026 (a term such as 2021-2026 is no month: 20 is no month number)
  { name: 'ISO date or month', pattern: /\b(?:19|20)\d{2}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?\b/g },
];

/**
 * What is genuinely data or a proper name and may look like a code: the product names of the
 * fonts and systems the console names nowhere else would go here. Kept tiny on purpose.
 */
const ALLOWED = new Set<string>([
  // the language switch names the language in its own script; "GraphQL" is the API's name on the login help
  'GraphQL',
]);

/** Raw-looking words in a page's visible text. */
export function rawWords(text: string): string[] {
  const found: string[] = [];
  for (const { name, pattern } of RAW) {
    for (const match of text.matchAll(pattern)) {
      if (!ALLOWED.has(match[0])) found.push(`${name}: ${match[0]}`);
    }
  }
  return [...new Set(found)];
}

async function settle(page: Page): Promise<void> {
  // react-admin's loading indicator and skeletons
  await page.waitForTimeout(150);
  await page.waitForFunction(() => !document.querySelector('.RaLoadingIndicator-loader, .MuiSkeleton-root, [role="progressbar"]'), undefined, { timeout: 8_000 }).catch(() => undefined);
  await page.waitForTimeout(250);
}

async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

async function setLocale(page: Page, base: string, locale: 'zh-CN' | 'en'): Promise<void> {
  await page.evaluate((l) => localStorage.setItem('RaStore.locale', JSON.stringify(l)), locale);
  await page.goto(`${base}/#/`);
  await page.reload();
  await settle(page);
}

describe('what reads as raw', () => {
  it('flags an ISO date or month, not a date or month written for people, a term of years or a phone number', () => {
    expect(rawWords('印发日期 2026-10-31')).toEqual(['ISO date or month: 2026-10-31']);
    expect(rawWords('督查月份\n2026-11\n')).toEqual(['ISO date or month: 2026-11']);
    expect(rawWords('出生日期 1975-03')).toEqual(['ISO date or month: 1975-03']);
    expect(rawWords('2026年10月31日 2026年11月 31 Oct 2026 Nov 2026 2021-2026届 010-12345678 138****5678')).toEqual([]);
  });
});

describe.skipIf(skipBrowser)('nothing raw on screen', () => {
  const ui = useConsole();

  for (const username of ['admin', 'cun01', 'analyst']) {
    for (const locale of ['zh-CN', 'en'] as const) {
      it(`shows labels, not codes, ids or timestamps: ${username}, ${locale}`, { timeout: 600_000 }, async () => {
        const page = await ui.signIn(username);
        await setLocale(page, ui.base, locale);
        const links = await page.evaluate(() =>
          [...new Set([...document.querySelectorAll<HTMLAnchorElement>('.RaSidebar-fixed a[href], .MuiDrawer-root a[href]')].map((a) => a.getAttribute('href') ?? ''))].filter((h) => h.startsWith('#/')),
        );
        expect(links.length).toBeGreaterThan(5);
        const problems: string[] = [];
        const check = async (where: string) => {
          const words = rawWords(await visibleText(page));
          if (words.length) problems.push(`${where}: ${words.join(', ')}`);
        };
        for (const link of links) {
          await ui.step(page, `walk-${username}-${locale}-${link.replace(/\W+/g, '_')}`, async () => {
            await page.goto(`${ui.base}/${link}`);
            await settle(page);
            await check(link);
            // the first record of a list: its show or edit page
            const row = page.locator('.RaDataTable-table tbody tr, .RaDatagrid-table tbody tr').first();
            if ((await row.count()) > 0) {
              const before = page.url();
              await row.locator('td').nth(1).click({ timeout: 3_000 }).catch(() => undefined);
              await page.waitForTimeout(500);
              if (page.url() !== before) {
                await settle(page);
                await check(`${link} → ${page.url().replace(ui.base, '')}`);
              }
            }
          });
        }
        writeFileSync(join(resultsDir, `raw-text-${username}-${locale}.txt`), problems.join('\n'));
        expect(problems).toEqual([]);
      });
    }
  }
});
