import { canAccess } from '@liangwei/domain';
import { DataTable, DateInput, List, ReferenceField, SearchInput, TextField } from 'react-admin';
import { EnumChip } from '../common/EnumChip';
import { EnumInput } from '../common/EnumInput';
import { noWrapDates } from '../common/tableStyles';
import { UnitField } from '../common/UnitField';
import { UnitInput } from '../common/UnitInput';
import { useCsvExporter } from '../common/useCsvExporter';
import { useViewer } from '../common/useViewer';
import { ExportSelectedButton } from '../excel/ExportSelectedButton';
import { DateText } from '../common/DateText';

/** PAY-6 Honours and recommendations of the cadres (civil-service selection, delegates, commendations). */
export const HonourList = () => {
  const { viewer, allUnits } = useViewer();
  const exporter = useCsvExporter([
    { source: 'date' },
    { source: 'kind', enumName: 'honourKind' },
    { source: 'unitId', reference: 'units' },
    { source: 'cadreId', reference: 'cadres' },
    { source: 'description' },
  ]);
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <EnumInput key="kind" source="kind" enumName="honourKind" alwaysOn />,
    ...(allUnits ? [<UnitInput key="unitId" source="unitId" alwaysOn />] : []),
    <DateInput key="date_gte" source="date_gte" />,
    <DateInput key="date_lte" source="date_lte" />,
  ];
  return (
    <List filters={filters} perPage={25} sort={{ field: 'date', order: 'DESC' }} exporter={exporter}>
      <DataTable sx={noWrapDates} rowClick={canAccess(viewer, 'edit', 'honours') ? 'edit' : false} bulkActionButtons={<ExportSelectedButton />}>
        <DataTable.Col source="date" field={DateText} />
        <DataTable.Col source="kind">
          <EnumChip source="kind" enumName="honourKind" />
        </DataTable.Col>
        <DataTable.Col source="cadreId">
          <ReferenceField source="cadreId" reference="cadres" link="show" />
        </DataTable.Col>
        <DataTable.Col source="unitId">
          <UnitField link={false} />
        </DataTable.Col>
        <DataTable.Col source="description" disableSort field={TextField} />
      </DataTable>
    </List>
  );
};
