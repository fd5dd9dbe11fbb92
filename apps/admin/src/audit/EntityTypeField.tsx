import { useFieldValue, useTranslate } from 'react-admin';
import { resourceOfType } from './entityTypes';
import { typeInWords } from './auditValues';

/** The type of an audited record, named like the resource it belongs to (`Cadre` → 干部). */
export const EntityTypeField = ({ source = 'entityType' }: { source?: string; label?: string }) => {
  const value = useFieldValue({ source }) as string | undefined;
  const translate = useTranslate();
  if (!value) return null;
  const resource = resourceOfType(value);
  const other = translate(`app.audit.entity.${value}`, { _: typeInWords(value) });
  return <span>{resource ? translate(`resources.${resource}.name`, { smart_count: 1, _: other }) : other}</span>;
};
