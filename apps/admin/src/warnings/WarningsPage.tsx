import { DataTable, DateInput, List } from 'react-admin';
import { EnumChip } from '../common/EnumChip';
import { today } from '../common/today';
import { UnitInput } from '../common/UnitInput';
import { useViewer } from '../common/useViewer';
import { noWrapDates } from '../common/tableStyles';
import { ExcelReportActions } from '../excel/ExcelExportButton';
import { DateText, TextWithDates } from '../common/DateText';

/**
 * MGT-4 Cadres with warning signs (a pending exit, an admonishment, a proposed removal, a failed
 * duty-log check, a low evaluation) known on a date, default today.
 */
export const WarningsPage = () => {
  const { allUnits } = useViewer();
  const filters = [...(allUnits ? [<UnitInput key="unitId" source="unitId" alwaysOn />] : []), <DateInput key="asOf" source="asOf" alwaysOn />];
  return (
    <List
      resource="cadreWarnings"
      title="app.warnings.title"
      filters={filters}
      filterDefaultValues={{ asOf: today() }}
      perPage={50}
      exporter={false}
      actions={<ExcelReportActions />}
      storeKey={false}
      empty={false}
    >
      <DataTable sx={noWrapDates} bulkActionButtons={false} rowClick={(_id, _resource, record) => `/cadres/${record.cadreId}/show`}>
        <DataTable.Col source="cadre.name" label="resources.cadreWarnings.fields.cadre" disableSort />
        <DataTable.Col source="cadre.unit.name" label="resources.cadreWarnings.fields.unit" disableSort />
        <DataTable.Col source="kind" disableSort>
          <EnumChip source="kind" enumName="warningKind" />
        </DataTable.Col>
        <DataTable.Col source="since" disableSort field={DateText} />
        <DataTable.Col source="detail" disableSort field={TextWithDates} />
      </DataTable>
    </List>
  );
};
