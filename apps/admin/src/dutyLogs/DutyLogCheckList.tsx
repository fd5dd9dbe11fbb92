import { MonthInput } from '../common/MonthInput';
import { canAccess } from '@liangwei/domain';
import { CreateButton, DataTable, ExportButton, FilterButton, List, ReferenceField, TextField, TopToolbar } from 'react-admin';
import { RecordMonthChecksButton } from '../work/BulkButtons';
import { EnumChip } from '../common/EnumChip';
import { EnumInput } from '../common/EnumInput';
import { UnitField } from '../common/UnitField';
import { UnitInput } from '../common/UnitInput';
import { useCsvExporter } from '../common/useCsvExporter';
import { useViewer } from '../common/useViewer';
import { UserNameField } from '../users/UserNameField';
import { ExportSelectedButton } from '../excel/ExportSelectedButton';
import { MonthText } from '../common/DateText';

/** INS-2 The monthly checks of the secretaries' duty logs (recorded by the subdistrict; PAY-2 depends on them). */
export const DutyLogCheckList = () => {
  const { viewer, allUnits } = useViewer();
  const exporter = useCsvExporter([
    { source: 'month' },
    { source: 'unitId', reference: 'units' },
    { source: 'cadreId', reference: 'cadres' },
    { source: 'outcome', enumName: 'logCheckOutcome' },
    { source: 'remarks' },
    { source: 'checkedBy' },
  ]);
  const filters = [
    <MonthInput key="month" source="month" alwaysOn helperText={false} />,
    ...(allUnits ? [<UnitInput key="unitId" source="unitId" alwaysOn />] : []),
    <EnumInput key="outcome" source="outcome" enumName="logCheckOutcome" alwaysOn />,
    <MonthInput key="month_gte" source="month_gte" />,
    <MonthInput key="month_lte" source="month_lte" />,
  ];
  return (
    <List
      filters={filters}
      perPage={25}
      sort={{ field: 'month', order: 'DESC' }}
      exporter={exporter}
      actions={
        <TopToolbar>
          <FilterButton />
          <RecordMonthChecksButton />
          <CreateButton />
          <ExportButton />
        </TopToolbar>
      }
    >
      <DataTable rowClick={canAccess(viewer, 'edit', 'dutyLogChecks') ? 'edit' : false} bulkActionButtons={<ExportSelectedButton />}>
        <DataTable.Col source="month" field={MonthText} />
        <DataTable.Col source="cadreId">
          <ReferenceField source="cadreId" reference="cadres" link={false} />
        </DataTable.Col>
        <DataTable.Col source="unitId">
          <UnitField link={false} />
        </DataTable.Col>
        <DataTable.Col source="outcome">
          <EnumChip source="outcome" enumName="logCheckOutcome" />
        </DataTable.Col>
        <DataTable.Col source="remarks" disableSort field={TextField} />
        <DataTable.Col source="checkedBy" disableSort>
          <UserNameField source="checkedBy" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
