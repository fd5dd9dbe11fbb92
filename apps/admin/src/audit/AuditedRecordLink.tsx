import { ReferenceField, useRecordContext, useResourceDefinitions, useTranslate } from 'react-admin';
import { resourceOfType } from './entityTypes';

/**
 * The audited record by its name (never its id), linked to the record when the console has a page
 * for it; a record without a page of its own (a ranking line, a review step) or no longer there
 * says so.
 */
export const AuditedRecordLink = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const definitions = useResourceDefinitions();
  const translate = useTranslate();
  if (!record?.entityId) return null;
  const resource = resourceOfType(String(record.entityType ?? ''));
  const linked = <span>{translate('app.audit.linked_record', { _: '(record)' })}</span>;
  if (!resource || resource === 'auditEntries' || !definitions[resource]) return linked;
  const page = definitions[resource]?.hasShow ? 'show' : definitions[resource]?.hasEdit ? 'edit' : false;
  return <ReferenceField record={record} source="entityId" reference={resource} link={page} emptyText={translate('app.audit.linked_record', { _: '(record)' })} />;
};
