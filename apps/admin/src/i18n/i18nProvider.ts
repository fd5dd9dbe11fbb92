import polyglotI18nProvider from 'ra-i18n-polyglot';
import { englishAppMessages } from './en';
import { chineseMessages } from './zh-CN';

export const DEFAULT_LOCALE = 'zh-CN';

export const locales = [
  { locale: 'zh-CN', name: '中文' },
  { locale: 'en', name: 'English' },
];

export function messagesFor(locale: string) {
  return locale === 'en' ? englishAppMessages : chineseMessages;
}

/** zh-CN by default; the app bar shows the language switch because there are two locales. */
export const i18nProvider = polyglotI18nProvider(messagesFor, DEFAULT_LOCALE, locales);

/** The label language of the domain package for a react-admin locale. */
export function labelLang(locale: string): 'zh' | 'en' {
  return locale === 'en' ? 'en' : 'zh';
}
