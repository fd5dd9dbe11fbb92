import { DataTable, List, NullableBooleanInput, SearchInput } from 'react-admin';
import { CheckField } from '../common/CheckField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { UnitField } from '../common/UnitField';
import { UnitInput } from '../common/UnitInput';
import { useCsvExporter } from '../common/useCsvExporter';
import { useViewer } from '../common/useViewer';
import { HolderField } from '../team/HolderField';
import { ExportSelectedButton } from '../excel/ExportSelectedButton';

export const PostList = () => {
  const { allUnits } = useViewer();
  const exporter = useCsvExporter([
    { source: 'unitId', reference: 'units' },
    { source: 'title', enumName: 'postTitle' },
    { source: 'name' },
    { source: 'isMainLeader', boolean: true },
  ]);
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    ...(allUnits ? [<UnitInput key="unitId" source="unitId" alwaysOn />] : []),
    <EnumInput key="title" source="title" enumName="postTitle" />,
    <NullableBooleanInput key="isMainLeader" source="isMainLeader" />,
  ];
  return (
    <List filters={filters} perPage={25} sort={{ field: 'unitId', order: 'ASC' }} exporter={exporter}>
      <DataTable rowClick="show" bulkActionButtons={<ExportSelectedButton />}>
        {allUnits ? (
          <DataTable.Col source="unitId">
            <UnitField />
          </DataTable.Col>
        ) : null}
        <DataTable.Col source="title">
          <EnumField source="title" enumName="postTitle" />
        </DataTable.Col>
        <DataTable.Col source="name" />
        <DataTable.Col label="app.team.holder" disableSort>
          <HolderField />
        </DataTable.Col>
        <DataTable.Col source="isMainLeader" field={CheckField} disableSort />
      </DataTable>
    </List>
  );
};
