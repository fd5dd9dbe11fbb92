import { Link, useCreatePath, useRecordContext } from 'react-admin';
import { resourceOfType } from './entityTypes';

/** The id of an audited record, linked to the record when the console shows its type. */
export const AuditedRecordLink = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const createPath = useCreatePath();
  if (!record?.entityId) return null;
  const id = String(record.entityId);
  const resource = resourceOfType(String(record.entityType ?? ''));
  if (!resource || resource === 'auditEntries') return <span>{id}</span>;
  return (
    <Link to={createPath({ resource, id, type: 'show' })} onClick={(e: { stopPropagation: () => void }) => e.stopPropagation()}>
      {id}
    </Link>
  );
};
