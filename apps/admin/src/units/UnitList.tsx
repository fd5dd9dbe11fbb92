import { DataTable, List, SearchInput, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { DateTimeText } from '../common/DateText';
import { useCsvExporter } from '../common/useCsvExporter';
import { ExportSelectedButton } from '../excel/ExportSelectedButton';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <EnumInput key="kind" source="kind" enumName="unitKind" />];

export const UnitList = () => {
  const exporter = useCsvExporter([{ source: 'code' }, { source: 'name' }, { source: 'kind', enumName: 'unitKind' }]);
  return (
    <List filters={filters} perPage={25} sort={{ field: 'name', order: 'ASC' }} exporter={exporter}>
      <DataTable rowClick="show" bulkActionButtons={<ExportSelectedButton />}>
        <DataTable.Col source="name" />
        <DataTable.Col source="kind">
          <EnumField source="kind" enumName="unitKind" />
        </DataTable.Col>
        <DataTable.Col source="code" field={TextField} />
        <DataTable.Col source="updatedAt" field={DateTimeText} disableSort />
      </DataTable>
    </List>
  );
};
