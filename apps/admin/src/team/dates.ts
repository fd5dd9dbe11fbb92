/** A calendar date (`YYYY-MM-DD`) as people read it: 2026年6月30日, or 30 Jun 2026. */
export function formatDate(date: string | null | undefined, locale: string): string {
  if (!date) return '';
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return date;
  const value = new Date(Date.UTC(y, m - 1, d));
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { year: 'numeric', month: locale === 'en' ? 'short' : 'long', day: 'numeric', timeZone: 'UTC' }).format(value);
}
