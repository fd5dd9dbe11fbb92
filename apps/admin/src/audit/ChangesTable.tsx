import { DataTable, ListContextProvider, useList, useRecordContext } from 'react-admin';
import { TranslatedField } from '../common/TranslatedField';
import { AuditedRecordLink } from './AuditedRecordLink';
import { ChangedFieldName } from './ChangedFieldName';
import { ChangeValue } from './ChangeValue';
import { EntityTypeField } from './EntityTypeField';

/** The changes of an audit entry as a table; changes carry no id, so their position is theirs. */
export const ChangesTable = (_props: { label?: string }) => {
  const record = useRecordContext();
  const data = ((record?.changes as Record<string, unknown>[] | undefined) ?? []).map((change, index) => ({ id: index, ...change }));
  const listContext = useList({ data, resource: 'auditEntries', perPage: 1000 });
  return (
    <ListContextProvider value={listContext}>
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="entityType">
          <EntityTypeField />
        </DataTable.Col>
        <DataTable.Col source="entityId">
          <AuditedRecordLink />
        </DataTable.Col>
        <DataTable.Col source="operation">
          <TranslatedField source="operation" prefix="app.audit.operation" />
        </DataTable.Col>
        <DataTable.Col source="field">
          <ChangedFieldName />
        </DataTable.Col>
        <DataTable.Col source="before">
          <ChangeValue source="before" />
        </DataTable.Col>
        <DataTable.Col source="after">
          <ChangeValue source="after" />
        </DataTable.Col>
      </DataTable>
    </ListContextProvider>
  );
};
