import { canAccess } from '@liangwei/domain';
import { AutocompleteInput, DataTable, DateInput, List, ReferenceField, ReferenceInput, TextField, useRecordContext } from 'react-admin';
import { EnumChip } from '../common/EnumChip';
import { EnumInput } from '../common/EnumInput';
import { noWrapDates } from '../common/tableStyles';
import { UnitField } from '../common/UnitField';
import { UnitInput } from '../common/UnitInput';
import { useCsvExporter } from '../common/useCsvExporter';
import { useViewer } from '../common/useViewer';
import { ExportSelectedButton } from '../excel/ExportSelectedButton';
import { DateText } from '../common/DateText';

/** The leader of a visit: the user, or the name recorded. */
const Leader = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const { viewer } = useViewer();
  if (!record) return null;
  if (record.ledById && canAccess(viewer, 'list', 'users')) return <ReferenceField source="ledById" reference="users" link={false} />;
  return <span>{record.ledByName ?? ''}</span>;
};

/** PAY-5 The home visits and physical exams recorded (by the subdistrict). */
export const CareEventList = () => {
  const { viewer, allUnits } = useViewer();
  const exporter = useCsvExporter([
    { source: 'date' },
    { source: 'kind', enumName: 'careKind' },
    { source: 'unitId', reference: 'units' },
    { source: 'cadreId', reference: 'cadres' },
    { source: 'ledByName' },
    { source: 'note' },
  ]);
  const filters = [
    <EnumInput key="kind" source="kind" enumName="careKind" alwaysOn />,
    ...(allUnits ? [<UnitInput key="unitId" source="unitId" alwaysOn />] : []),
    <ReferenceInput key="cadreId" source="cadreId" reference="cadres" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput filterToQuery={(q: string) => ({ q })} />
    </ReferenceInput>,
    <DateInput key="date_gte" source="date_gte" />,
    <DateInput key="date_lte" source="date_lte" />,
  ];
  return (
    <List filters={filters} perPage={25} sort={{ field: 'date', order: 'DESC' }} exporter={exporter}>
      <DataTable sx={noWrapDates} rowClick={canAccess(viewer, 'edit', 'careEvents') ? 'edit' : false} bulkActionButtons={<ExportSelectedButton />}>
        <DataTable.Col source="date" field={DateText} />
        <DataTable.Col source="kind">
          <EnumChip source="kind" enumName="careKind" />
        </DataTable.Col>
        <DataTable.Col source="cadreId">
          <ReferenceField source="cadreId" reference="cadres" link={false} />
        </DataTable.Col>
        <DataTable.Col source="unitId">
          <UnitField link={false} />
        </DataTable.Col>
        <DataTable.Col source="ledByName" disableSort>
          <Leader />
        </DataTable.Col>
        <DataTable.Col source="note" disableSort field={TextField} />
      </DataTable>
    </List>
  );
};
