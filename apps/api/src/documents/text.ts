import type { IsoDate } from '@liangwei/domain';

/** 2026-11-30 → 2026年11月30日 (the date as official documents write it) */
export function chineseDate(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/** The issuing body printed above documents' titles and in their signatures (`DOCUMENT_ISSUER`). */
export function documentIssuer(): string {
  return process.env.DOCUMENT_ISSUER?.trim() || '中共街道工作委员会';
}
