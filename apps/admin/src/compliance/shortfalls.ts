/** RES-4 One requirement a unit does not meet, as the API words it in both languages. */
export interface ShortfallText {
  kind: string;
  textZh: string;
  textEn: string;
}

/** What a unit lacks, in the current language. */
export function shortfallTexts(shortfalls: ShortfallText[] | undefined, locale: string): string[] {
  return (shortfalls ?? []).map((s) => (locale === 'en' ? s.textEn : s.textZh));
}

/** n of m units compliant (the dashboard's figure). */
export function complianceSummary(rows: { compliant: boolean }[]): { compliant: number; total: number } {
  return { compliant: rows.filter((r) => r.compliant).length, total: rows.length };
}
