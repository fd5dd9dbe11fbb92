import { useFieldValue, useLocaleState } from 'react-admin';

/** An amount of yuan in the current language's format (¥5,000 / CN¥5,000); nothing when empty. */
export function formatYuan(value: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { style: 'currency', currency: 'CNY', maximumFractionDigits: 2, minimumFractionDigits: 0 }).format(value);
}

/** An amount of the record in yuan; `hideZero`: nothing for 0 (e.g. no shortfall). */
export const YuanField = ({ source, color, hideZero = false }: { source: string; label?: string; color?: string; hideZero?: boolean }) => {
  const value = useFieldValue({ source });
  const [locale] = useLocaleState();
  if (typeof value !== 'number' || (hideZero && value === 0)) return null;
  return <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', color }}>{formatYuan(value, locale)}</span>;
};
