import { Typography } from '@mui/material';
import { DateField, useFieldValue, useLocaleState, useTranslate, type DateFieldProps } from 'react-admin';
import { formatDate, formatDatesIn, formatMonth } from './dates';

/** An instant (`DateTime`) in the current language's format. */
export function DateTimeText(props: DateFieldProps) {
  const [locale] = useLocaleState();
  return <DateField showTime locales={locale === 'en' ? 'en-GB' : 'zh-CN'} {...props} />;
}

/** The console's date formats in the current language, for text that is not a field of the record. */
export function useDateFormat(): { date: (value: string | null | undefined) => string; month: (value: string | null | undefined) => string; inText: (text: string) => string } {
  const [locale] = useLocaleState();
  return {
    date: (value) => formatDate(value, locale),
    month: (value) => formatMonth(value, locale),
    inText: (text) => formatDatesIn(text, locale),
  };
}

interface DayProps {
  source: string;
  label?: string | false;
  sortable?: boolean;
  sortBy?: string;
  /** shown when the record has no value (a message key or text) */
  emptyText?: string;
}

const Day = ({ source, emptyText, format }: DayProps & { format: (value: string, locale: string) => string }) => {
  const value = useFieldValue({ source }) as string | null | undefined;
  const [locale] = useLocaleState();
  const translate = useTranslate();
  if (value == null || value === '') {
    return emptyText ? (
      <Typography component="span" variant="body2">
        {translate(emptyText, { _: emptyText })}
      </Typography>
    ) : null;
  }
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {format(String(value), locale)}
    </Typography>
  );
};

/**
 * A calendar date of the record (`YYYY-MM-DD`; a date masked to its month reads as the month) in
 * the current language: 2026年3月15日 / 15 Mar 2026.
 */
export const DateText = (props: DayProps) => <Day {...props} format={formatDate} />;

/** A month of the record (`YYYY-MM`) in the current language: 2026年3月 / Mar 2026. */
export const MonthText = (props: DayProps) => <Day {...props} format={formatMonth} />;

/** A text of the record composed by the API (a warning's detail), its dates and months written for people. */
export const TextWithDates = ({ source }: { source: string; label?: string; sortable?: boolean }) => {
  const value = useFieldValue({ source }) as string | null | undefined;
  const format = useDateFormat();
  if (value == null || value === '') return null;
  return (
    <Typography component="span" variant="body2">
      {format.inText(String(value))}
    </Typography>
  );
};
