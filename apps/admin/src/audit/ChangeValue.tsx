import { useFieldValue, useGetOne, useGetRecordRepresentation, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';
import { policyParameters } from '@liangwei/domain';
import { labelLang } from '../i18n/i18nProvider';
import { formatDate } from '../common/dates';
import { RELATION_RESOURCES, codeLabel, formatInstant, isInstant, isUuid } from './auditValues';

/** A related record (a relation's id) by its name; a record the viewer cannot read shows as "a record". */
const RelatedRecord = ({ resource, id }: { resource: string; id: string }) => {
  const translate = useTranslate();
  const { data, error } = useGetOne(resource, { id }, { retry: false });
  const represent = useGetRecordRepresentation(resource);
  if (error || !data) return <>{translate('app.audit.linked_record', { _: '(record)' })}</>;
  const shown = represent(data);
  return <>{typeof shown === 'string' ? shown : translate('app.audit.linked_record', { _: '(record)' })}</>;
};

/**
 * A value before or after a change, as a person reads it: an empty one says so, an instant in the
 * locale's format, a code by its label, a related record by its name — never an id.
 */
export const ChangeValue = ({ source }: { source: string; label?: string }) => {
  const value = useFieldValue({ source });
  const change = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (value == null || value === '') {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        {translate('app.audit.empty_value')}
      </Typography>
    );
  }
  const text = String(value);
  const field = String(change?.field ?? '');
  let shown: React.ReactNode;
  if (isUuid(text)) {
    const resource = RELATION_RESOURCES[field] ?? RELATION_RESOURCES[field.replace(/Id$/, '')];
    shown = resource ? <RelatedRecord resource={resource} id={text} /> : translate('app.audit.linked_record', { _: '(record)' });
  } else if (isInstant(text)) {
    shown = formatInstant(text, locale);
  } else if (policyParameters.some((p) => p.key === text)) {
    const parameter = policyParameters.find((p) => p.key === text)!;
    shown = parameter.label[labelLang(locale)];
  } else if (/^\d{4}-\d{2}(-\d{2})?$/.test(text)) {
    // a calendar date or a month
    shown = formatDate(text, locale);
  } else if (text === 'true' || text === 'false') {
    shown = translate(text === 'true' ? 'app.audit.yes' : 'app.audit.no', { _: text });
  } else {
    shown = codeLabel(text, labelLang(locale)) ?? text;
  }
  return (
    <Typography component="span" variant="body2" sx={{ wordBreak: 'break-word' }}>
      {shown}
    </Typography>
  );
};
