import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import type { DocModel } from './model';
import { renderHtml } from './html';

/**
 * PDF through Debian Chromium (playwright-core): one browser per process and executable, launched
 * on the first PDF, closed after a minute without use; a bounded number of pages at once, each
 * closed after its PDF. Without Chromium the PDF is unavailable (Word still is).
 */
export const MAX_PAGES_AT_ONCE = 2;
const IDLE_CLOSE_MS = 60_000;

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** Whether PDF can be made here (the Chromium executable is installed). */
export function pdfAvailable(): boolean {
  return existsSync(chromiumPath());
}

/** PDF is not available: Chromium is missing or would not start. */
export class PdfUnavailableError extends Error {
  constructor(readonly detail: string) {
    super(`PDF is not available on this server (${detail}); download the Word document instead.`);
  }
}

let browser: { path: string; promise: Promise<Browser> } | null = null;
let idleTimer: NodeJS.Timeout | null = null;
let running = 0;
const waiting: (() => void)[] = [];

async function launch(path: string): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: path, args: ['--disable-gpu', '--disable-dev-shm-usage', '--font-render-hinting=none'] });
}

function browserFor(path: string): Promise<Browser> {
  if (browser?.path !== path) {
    const previous = browser;
    browser = { path, promise: launch(path) };
    if (previous) void previous.promise.then((b) => b.close()).catch(() => undefined);
    const current = browser;
    current.promise.then(
      (b) => b.on('disconnected', () => {
        if (browser === current) browser = null;
      }),
      () => {
        if (browser === current) browser = null;
      },
    );
  }
  return browser.promise;
}

async function slot(): Promise<() => void> {
  if (running >= MAX_PAGES_AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  return () => {
    running -= 1;
    waiting.shift()?.();
    if (running === 0 && waiting.length === 0) {
      idleTimer = setTimeout(() => void closeDocumentBrowser(), IDLE_CLOSE_MS);
      idleTimer.unref();
    }
  };
}

/** Closes the browser (the process's end, tests). */
export async function closeDocumentBrowser(): Promise<void> {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  const current = browser;
  browser = null;
  if (current) await current.promise.then((b) => b.close()).catch(() => undefined);
}

/** The model printed as an A4 PDF; PdfUnavailableError when Chromium is not installed or does not start. */
export async function renderPdf(model: DocModel): Promise<Buffer> {
  const path = chromiumPath();
  if (!existsSync(path)) throw new PdfUnavailableError(`no Chromium at ${path}`);
  const release = await slot();
  try {
    let b: Browser;
    try {
      b = await browserFor(path);
    } catch (error) {
      throw new PdfUnavailableError(`Chromium did not start: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
    const context = await b.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      await page.setContent(renderHtml(model), { waitUntil: 'load', timeout: 30_000 });
      return await page.pdf({ format: 'A4', landscape: model.landscape === true, printBackground: true, preferCSSPageSize: true });
    } finally {
      await context.close().catch(() => undefined);
    }
  } finally {
    release();
  }
}
