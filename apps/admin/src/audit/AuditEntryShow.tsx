import { Show, SimpleShowLayout } from 'react-admin';
import { DateTimeText } from '../common/DateText';
import { UnitField } from '../common/UnitField';
import { ChangesTable } from './ChangesTable';
import { ActionField } from './ActionField';
import { AuditedRecordLink } from './AuditedRecordLink';
import { EntityTypeField } from './EntityTypeField';
import { UserNameField } from '../users/UserNameField';

/** One audit entry and its changes (a mutation may change several records), field by field. */
export const AuditEntryShow = () => (
  <Show>
    <SimpleShowLayout>
      <DateTimeText source="at" />
      <UserNameField source="username" />
      <ActionField source="action" />
      <EntityTypeField source="entityType" />
      <AuditedRecordLink source="entityId" />
      <UnitField source="unitId" />
      <ChangesTable label="resources.auditEntries.fields.changes" />
    </SimpleShowLayout>
  </Show>
);
