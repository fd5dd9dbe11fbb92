import { Link, useCreatePath, useRecordContext, useResourceDefinitions } from 'react-admin';
import { resourceOfType } from './entityTypes';

/** The id of an audited record, linked to the record when the console has a page for it. */
export const AuditedRecordLink = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const createPath = useCreatePath();
  const definitions = useResourceDefinitions();
  if (!record?.entityId) return null;
  const id = String(record.entityId);
  const resource = resourceOfType(String(record.entityType ?? ''));
  // records without a page of their own (a review step, an attendance) are not linked
  if (!resource || resource === 'auditEntries' || !definitions[resource]?.hasShow) return <span>{id}</span>;
  return (
    <Link to={createPath({ resource, id, type: 'show' })} onClick={(e: { stopPropagation: () => void }) => e.stopPropagation()}>
      {id}
    </Link>
  );
};
