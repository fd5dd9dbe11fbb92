import { DataTable, DateInput, List, NumberField, SearchInput } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { useCsvExporter } from '../common/useCsvExporter';
import { noWrapDates } from '../common/tableStyles';
import { ExportSelectedButton } from '../excel/ExportSelectedButton';
import { DateText } from '../common/DateText';

/** TRN-1 The subdistrict's training sessions and study trips. */
export const SessionList = () => {
  const exporter = useCsvExporter([
    { source: 'title' },
    { source: 'kind', enumName: 'trainingKind' },
    { source: 'startDate' },
    { source: 'endDate' },
    { source: 'place' },
    { source: 'hours' },
    { source: 'organiser' },
    { source: 'outcome' },
  ]);
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <EnumInput key="kind" source="kind" enumName="trainingKind" alwaysOn />,
    <DateInput key="startDate_gte" source="startDate_gte" />,
    <DateInput key="startDate_lte" source="startDate_lte" />,
  ];
  return (
    <List filters={filters} perPage={25} sort={{ field: 'startDate', order: 'DESC' }} exporter={exporter}>
      <DataTable sx={noWrapDates} rowClick="show" bulkActionButtons={<ExportSelectedButton />}>
        <DataTable.Col source="title" />
        <DataTable.Col source="kind">
          <EnumField source="kind" enumName="trainingKind" />
        </DataTable.Col>
        <DataTable.Col source="startDate" field={DateText} />
        <DataTable.Col source="endDate" disableSort field={DateText} />
        <DataTable.Col source="place" disableSort />
        <DataTable.NumberCol source="hours" field={NumberField} />
        <DataTable.Col source="organiser" disableSort />
      </DataTable>
    </List>
  );
};
