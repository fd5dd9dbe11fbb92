import { Box, Chip, Typography } from '@mui/material';
import { DataTable, DateInput, List, useListContext, useRecordContext, useTranslate } from 'react-admin';
import { EnumChip } from '../common/EnumChip';
import { noWrapDates } from '../common/tableStyles';
import { today } from '../common/today';
import { UnitInput } from '../common/UnitInput';
import { useViewer } from '../common/useViewer';
import { careSummary } from './careSummary';
import { RecordCareButton } from './RecordCareButton';
import { ExcelReportActions } from '../excel/ExcelExportButton';
import { DateText, useDateFormat } from '../common/DateText';

/** Overdue (red) or due by the end of the year. */
const DueChip = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return record.overdue ? <Chip size="small" color="error" label={translate('app.care.overdue')} /> : <Chip size="small" color="warning" variant="outlined" label={translate('app.care.due')} />;
};

const LastDate = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const format = useDateFormat();
  if (!record) return null;
  return record.lastDate ? <span style={{ whiteSpace: 'nowrap' }}>{format.date(String(record.lastDate))}</span> : <Typography variant="body2" color="text.secondary">{translate('app.care.never')}</Typography>;
};

const Summary = () => {
  const { data, total, isPending, filterValues } = useListContext();
  const translate = useTranslate();
  if (isPending) return null;
  const s = careSummary((data ?? []) as { overdue: boolean }[], total);
  const year = String(filterValues.asOf ?? today()).slice(0, 4);
  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', px: 2, pt: 2 }}>
      <Chip color="error" label={translate('app.care.overdue_count', { count: s.overdue })} />
      <Chip color="warning" variant="outlined" label={translate('app.care.due_count', { count: s.due, year })} />
    </Box>
  );
};

/**
 * PAY-5 The care calendar on a date (default today): for every Party secretary, the home visit
 * due this year and the physical exam due every two years, overdue items first (red), everything
 * due by 31 December. An admin records a visit or an exam from its line.
 */
export const CareCalendarPage = () => {
  const { allUnits } = useViewer();
  const filters = [
    <DateInput key="asOf" source="asOf" alwaysOn label="resources.careDue.fields.asOf" />,
    ...(allUnits ? [<UnitInput key="unitId" source="unitId" alwaysOn label="resources.careDue.fields.unitId" />] : []),
  ];
  return (
    <List resource="careDue" title="app.care.calendar_title" filters={filters} filterDefaultValues={{ asOf: today() }} perPage={1000} pagination={false} exporter={false} actions={<ExcelReportActions />} storeKey={false} empty={false}>
      <Summary />
      <DataTable sx={noWrapDates} bulkActionButtons={false} rowClick={false} rowSx={(record) => (record.overdue ? { bgcolor: 'rgba(211, 47, 47, 0.06)' } : {})}>
        <DataTable.Col source="overdue" disableSort>
          <DueChip />
        </DataTable.Col>
        <DataTable.Col source="kind" disableSort>
          <EnumChip source="kind" enumName="careKind" />
        </DataTable.Col>
        <DataTable.Col source="unit.name" label="resources.careDue.fields.unit" disableSort />
        <DataTable.Col source="name" label="resources.careDue.fields.cadre" disableSort />
        <DataTable.Col source="lastDate" disableSort>
          <LastDate />
        </DataTable.Col>
        <DataTable.Col source="dueDate" disableSort field={DateText} />
        <DataTable.Col label="app.assessment.actions" disableSort>
          <RecordCareButton />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
