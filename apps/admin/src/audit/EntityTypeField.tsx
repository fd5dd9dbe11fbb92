import { useFieldValue, useTranslate } from 'react-admin';
import { resourceOfType } from './entityTypes';

/** The type of an audited record, named like the resource it belongs to (`Cadre` → 干部). */
export const EntityTypeField = ({ source = 'entityType' }: { source?: string; label?: string }) => {
  const value = useFieldValue({ source }) as string | undefined;
  const translate = useTranslate();
  if (!value) return null;
  const resource = resourceOfType(value);
  return <span>{resource ? translate(`resources.${resource}.name`, { smart_count: 1, _: value }) : value}</span>;
};
