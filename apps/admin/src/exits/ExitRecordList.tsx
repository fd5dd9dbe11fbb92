import { CreateButton, DataTable, DateInput, ExportButton, FilterButton, List, ReferenceField, TextField, TopToolbar } from 'react-admin';
import { EnumChip } from '../common/EnumChip';
import { EnumInput } from '../common/EnumInput';
import { UnitField } from '../common/UnitField';
import { UnitInput } from '../common/UnitInput';
import { useCsvExporter } from '../common/useCsvExporter';
import { useViewer } from '../common/useViewer';
import { PendingChip } from './PendingChip';
import { noWrapDates } from '../common/tableStyles';
import { UserNameField } from '../users/UserNameField';
import { ExportSelectedButton } from '../excel/ExportSelectedButton';
import { DateText } from '../common/DateText';

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton label="app.exit.record" />
    <ExportButton />
  </TopToolbar>
);

/** MGT-3 Exits (退出): who left, how, from when; pending ones until their effective date. */
export const ExitRecordList = () => {
  const { allUnits } = useViewer();
  const exporter = useCsvExporter([
    { source: 'unitId', reference: 'units' },
    { source: 'cadreId', reference: 'cadres' },
    { source: 'kind', enumName: 'exitKind' },
    { source: 'effectiveDate' },
    { source: 'effective', boolean: true },
    { source: 'reason' },
    { source: 'basis' },
    { source: 'approvedBy' },
    { source: 'approvedOn' },
    { source: 'decisionNumber' },
  ]);
  const filters = [
    ...(allUnits ? [<UnitInput key="unitId" source="unitId" alwaysOn />] : []),
    <EnumInput key="kind" source="kind" enumName="exitKind" alwaysOn />,
    <DateInput key="effectiveDate_gte" source="effectiveDate_gte" />,
    <DateInput key="effectiveDate_lte" source="effectiveDate_lte" />,
  ];
  return (
    <List filters={filters} actions={<ListActions />} perPage={25} sort={{ field: 'effectiveDate', order: 'DESC' }} exporter={exporter}>
      <DataTable sx={noWrapDates} rowClick="show" bulkActionButtons={<ExportSelectedButton />}>
        <DataTable.Col source="cadreId" disableSort>
          <ReferenceField source="cadreId" reference="cadres" link={false} />
        </DataTable.Col>
        <DataTable.Col source="unitId">
          <UnitField link={false} />
        </DataTable.Col>
        <DataTable.Col source="kind">
          <EnumChip source="kind" enumName="exitKind" />
        </DataTable.Col>
        <DataTable.Col source="effectiveDate" field={DateText} />
        <DataTable.Col source="effective" disableSort>
          <PendingChip />
        </DataTable.Col>
        <DataTable.Col source="reason" disableSort field={TextField} />
        <DataTable.Col source="approvedBy" disableSort>
          <UserNameField source="approvedBy" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
