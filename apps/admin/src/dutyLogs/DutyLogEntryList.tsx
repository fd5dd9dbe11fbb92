import { canAccess } from '@liangwei/domain';
import { AutocompleteInput, DataTable, DateInput, List, ReferenceField, ReferenceInput, SearchInput, TextField, useRecordContext } from 'react-admin';
import { noWrapDates } from '../common/tableStyles';
import { UnitField } from '../common/UnitField';
import { UnitInput } from '../common/UnitInput';
import { useCsvExporter } from '../common/useCsvExporter';
import { useViewer } from '../common/useViewer';
import { ExportSelectedButton } from '../excel/ExportSelectedButton';
import { DateText } from '../common/DateText';

const Content = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  return record ? <span style={{ whiteSpace: 'pre-wrap' }}>{record.content}</span> : null;
};

/** INS-2 The duty log entries the viewer sees: a unit keeps its own cadres' logs (ROLE-3). */
export const DutyLogEntryList = () => {
  const { viewer, allUnits } = useViewer();
  const exporter = useCsvExporter([{ source: 'date' }, { source: 'unitId', reference: 'units' }, { source: 'cadreId', reference: 'cadres' }, { source: 'category' }, { source: 'content' }]);
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    ...(allUnits ? [<UnitInput key="unitId" source="unitId" alwaysOn />] : []),
    <ReferenceInput key="cadreId" source="cadreId" reference="cadres" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput filterToQuery={(q: string) => ({ q })} />
    </ReferenceInput>,
    <DateInput key="date_gte" source="date_gte" />,
    <DateInput key="date_lte" source="date_lte" />,
  ];
  return (
    <List filters={filters} perPage={25} sort={{ field: 'date', order: 'DESC' }} exporter={exporter}>
      <DataTable sx={noWrapDates} rowClick={(_id, _resource, record) => (canAccess(viewer, 'edit', 'dutyLogEntries', String(record.unitId)) ? 'edit' : false)} bulkActionButtons={<ExportSelectedButton />}>
        <DataTable.Col source="date" field={DateText} />
        <DataTable.Col source="cadreId">
          <ReferenceField source="cadreId" reference="cadres" link={false} />
        </DataTable.Col>
        <DataTable.Col source="unitId">
          <UnitField link={false} />
        </DataTable.Col>
        <DataTable.Col source="category" field={TextField} />
        <DataTable.Col source="content" disableSort>
          <Content />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
