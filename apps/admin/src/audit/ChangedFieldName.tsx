import { useRecordContext, useTranslate } from 'react-admin';
import { resourceOfType } from './entityTypes';
import { typeInWords } from './auditValues';

/** The changed field, labelled as the form of its resource labels it (`birthDate` → 出生日期). */
export const ChangedFieldName = (_props: { source?: string; label?: string }) => {
  const change = useRecordContext();
  const translate = useTranslate();
  if (!change?.field) return null;
  const resource = resourceOfType(String(change.entityType ?? ''));
  const field = String(change.field);
  // relations are audited under their property name (`unit`), labelled like their id (`unitId`)
  const label = resource
    ? translate(`resources.${resource}.fields.${field}`, { _: translate(`resources.${resource}.fields.${field}Id`, { _: translate(`app.audit.field.${field}`, { _: typeInWords(field) }) }) })
    : translate(`app.audit.field.${field}`, { _: typeInWords(field) });
  return <span>{label}</span>;
};
