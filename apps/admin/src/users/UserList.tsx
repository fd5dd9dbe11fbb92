import { BooleanField, DataTable, List, NullableBooleanInput, SearchInput } from 'react-admin';
import { CheckField } from '../common/CheckField';
import { DateTimeText } from '../common/DateText';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { UnitField } from '../common/UnitField';
import { UnitInput } from '../common/UnitInput';
import { useCsvExporter } from '../common/useCsvExporter';
import { ExportSelectedButton } from '../excel/ExportSelectedButton';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="role" source="role" enumName="role" alwaysOn />,
  <UnitInput key="unitId" source="unitId" />,
  <NullableBooleanInput key="active" source="active" />,
];

export const UserList = () => {
  const exporter = useCsvExporter([
    { source: 'displayName' },
    { source: 'username' },
    { source: 'role', enumName: 'role' },
    { source: 'unitId', reference: 'units' },
    { source: 'piiGranted', boolean: true },
    { source: 'active', boolean: true },
    { source: 'lastLoginAt' },
  ]);
  return (
    <List filters={filters} perPage={25} sort={{ field: 'displayName', order: 'ASC' }} exporter={exporter}>
      <DataTable rowClick="show" bulkActionButtons={<ExportSelectedButton />}>
        <DataTable.Col source="displayName" />
        <DataTable.Col source="username" />
        <DataTable.Col source="role">
          <EnumField source="role" enumName="role" />
        </DataTable.Col>
        <DataTable.Col source="unitId">
          <UnitField />
        </DataTable.Col>
        <DataTable.Col source="piiGranted" field={CheckField} disableSort />
        <DataTable.Col source="active" field={BooleanField} />
        <DataTable.Col source="lastLoginAt" field={DateTimeText} />
      </DataTable>
    </List>
  );
};
