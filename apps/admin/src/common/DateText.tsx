import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';

/** An instant (`DateTime`) in the current language's format. Calendar dates (`Date`) stay `YYYY-MM-DD`. */
export function DateTimeText(props: DateFieldProps) {
  const [locale] = useLocaleState();
  return <DateField showTime locales={locale === 'en' ? 'en-GB' : 'zh-CN'} {...props} />;
}
