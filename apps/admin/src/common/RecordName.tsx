import { createElement } from 'react';
import { useLocaleState, useRecordContext, useResourceContext, useTranslate, type ResourceProps } from 'react-admin';
import { codeLabel } from '../audit/auditValues';
import { labelLang } from '../i18n/i18nProvider';
import { formatMonth } from './dates';

/** The fields that name a record, in order of preference, for resources without a representation of their own. */
const NAMING_FIELDS = ['name', 'title', 'month', 'numberText', 'facts', 'year'] as const;

/**
 * How a record reads where its resource has no representation of its own (edit and show page
 * titles, references, the audit log): its name, title, month … with a code read as its label,
 * otherwise the resource's name — never its id.
 */
export const RecordName = () => {
  const record = useRecordContext();
  const resource = useResourceContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  for (const field of NAMING_FIELDS) {
    const value = record[field];
    if (value == null || value === '') continue;
    const text = field === 'month' ? formatMonth(String(value), locale) : String(value);
    const shown = codeLabel(text, labelLang(locale)) ?? text;
    return <>{shown.length > 40 ? `${shown.slice(0, 40)}…` : shown}</>;
  }
  return <>{resource ? translate(`resources.${resource}.name`, { smart_count: 1, _: '' }) : ''}</>;
};

/** A resource's props with `RecordName` as its representation when it has none. */
export function named<P extends object>(props: P): P & Pick<ResourceProps, 'recordRepresentation'> {
  const own = (props as Pick<ResourceProps, 'recordRepresentation'>).recordRepresentation;
  return { ...props, recordRepresentation: own ?? createElement(RecordName) };
}
