import { AutocompleteInput, DataTable, DateInput, List, ReferenceField, ReferenceInput } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { AppointmentColumns } from './AppointmentColumns';
import { UnitInput } from '../common/UnitInput';
import { useCsvExporter } from '../common/useCsvExporter';
import { useViewer } from '../common/useViewer';
import { ExportSelectedButton } from '../excel/ExportSelectedButton';

export const AppointmentList = () => {
  const { allUnits } = useViewer();
  const exporter = useCsvExporter([
    { source: 'unitId', reference: 'units' },
    { source: 'cadreId', reference: 'cadres' },
    { source: 'startDate' },
    { source: 'endDate' },
    { source: 'selectionMethod', enumName: 'selectionMethod' },
    { source: 'status', enumName: 'appointmentStatus' },
    { source: 'note' },
  ]);
  const filters = [
    ...(allUnits ? [<UnitInput key="unitId" source="unitId" alwaysOn />] : []),
    <ReferenceInput key="cadreId" source="cadreId" reference="cadres" alwaysOn>
      <AutocompleteInput filterToQuery={(q: string) => ({ q })} />
    </ReferenceInput>,
    <EnumInput key="status" source="status" enumName="appointmentStatus" alwaysOn />,
    <EnumInput key="selectionMethod" source="selectionMethod" enumName="selectionMethod" />,
    <DateInput key="startDate_gte" source="startDate_gte" />,
    <DateInput key="startDate_lte" source="startDate_lte" />,
  ];
  return (
    <List filters={filters} perPage={25} sort={{ field: 'startDate', order: 'DESC' }} exporter={exporter}>
      <DataTable rowClick="show" bulkActionButtons={<ExportSelectedButton />}>
        <DataTable.Col source="cadreId">
          <ReferenceField source="cadreId" reference="cadres" link="show" />
        </DataTable.Col>
        <AppointmentColumns />
      </DataTable>
    </List>
  );
};
