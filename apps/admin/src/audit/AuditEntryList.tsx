import { DataTable, DateInput, List, SearchInput, SelectInput, TextInput } from 'react-admin';
import { DateTimeText } from '../common/DateText';
import { UnitField } from '../common/UnitField';
import { UnitInput } from '../common/UnitInput';
import { useCsvExporter } from '../common/useCsvExporter';
import { ActionField } from './ActionField';
import { AuditedRecordLink } from './AuditedRecordLink';
import { EntityTypeField } from './EntityTypeField';
import { entityTypeChoices } from './entityTypes';
import { UserNameField } from '../users/UserNameField';
import { ExportSelectedButton } from '../excel/ExportSelectedButton';

/** Calendar-day filters on an instant: from the start of the day / to its end, China time. */
const dayStart = (v: string) => (v ? `${v}T00:00:00+08:00` : v);
const dayEnd = (v: string) => (v ? `${v}T23:59:59.999+08:00` : v);
const dayOf = (v: string | null | undefined) => (v ? v.slice(0, 10) : '');

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="entityType" source="entityType" choices={entityTypeChoices()} alwaysOn />,
  <TextInput key="action" source="action" />,
  <TextInput key="entityId" source="entityId" />,
  <UnitInput key="unitId" source="unitId" />,
  <DateInput key="at_gte" source="at_gte" parse={dayStart} format={dayOf} />,
  <DateInput key="at_lte" source="at_lte" parse={dayEnd} format={dayOf} />,
];

export const AuditEntryList = () => {
  const exporter = useCsvExporter([
    { source: 'at' },
    { source: 'username' },
    { source: 'action' },
    { source: 'entityType' },
    { source: 'entityId' },
    { source: 'unitId', reference: 'units' },
  ]);
  return (
    <List filters={filters} perPage={25} sort={{ field: 'at', order: 'DESC' }} exporter={exporter}>
      <DataTable rowClick="show" bulkActionButtons={<ExportSelectedButton />}>
        <DataTable.Col source="at" field={DateTimeText} />
        <DataTable.Col source="username">
          <UserNameField source="username" />
        </DataTable.Col>
        <DataTable.Col source="action">
          <ActionField source="action" />
        </DataTable.Col>
        <DataTable.Col source="entityType">
          <EntityTypeField />
        </DataTable.Col>
        <DataTable.Col source="entityId" disableSort>
          <AuditedRecordLink />
        </DataTable.Col>
        <DataTable.Col source="unitId" disableSort>
          <UnitField />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
