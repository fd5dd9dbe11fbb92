import { MonthInput } from '../common/MonthInput';
import { Alert, Typography } from '@mui/material';
import { DataTable, List, useListContext, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { EnumChip } from '../common/EnumChip';
import { UnitInput } from '../common/UnitInput';
import { useViewer } from '../common/useViewer';
import { formatYuan, YuanField } from '../common/Yuan';
import { monthToCheck } from './months';
import { allowanceSummary } from './paySummary';
import { RecordCheckButton } from './RecordCheckButton';
import { ExcelReportActions } from '../excel/ExcelExportButton';
import { MonthText } from '../common/DateText';

const Summary = () => {
  const { data, isPending } = useListContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (isPending || !data?.length) return null;
  const s = allowanceSummary(data as never[]);
  return (
    <Alert severity={s.failed || s.notChecked ? 'warning' : 'success'} sx={{ m: 2 }}>
      {translate('app.allowance.summary', { due: s.due, amount: formatYuan(s.amount, locale), failed: s.failed, not_checked: s.notChecked })}
    </Alert>
  );
};

const Remarks = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  if (!record?.remarks) return null;
  return (
    <Typography variant="body2" color={record.reason === 'FAILED' ? 'error.main' : 'text.secondary'}>
      {record.remarks}
    </Typography>
  );
};

/**
 * PAY-2 / INS-2 The secretaries' post allowance of a month: paid after the month's duty log
 * check passed; nothing when the check failed (with its remarks) or is missing. An admin records
 * a missing check from the row.
 */
export const AllowanceReportPage = () => {
  const { allUnits } = useViewer();
  const filters = [
    <MonthInput key="month" source="month" alwaysOn label="resources.allowanceReport.fields.month" helperText={false} />,
    ...(allUnits ? [<UnitInput key="unitId" source="unitId" alwaysOn label="resources.allowanceReport.fields.unitId" />] : []),
  ];
  return (
    <List
      resource="allowanceReport"
      title="app.allowance.title"
      filters={filters}
      filterDefaultValues={{ month: monthToCheck() }}
      perPage={1000}
      pagination={false}
      exporter={false}
      actions={<ExcelReportActions />}
      storeKey={false}
      empty={false}
    >
      <Summary />
      <DataTable bulkActionButtons={false} rowClick={false} rowSx={(record) => (record.reason === 'FAILED' ? { bgcolor: 'rgba(211, 47, 47, 0.06)' } : {})}>
        <DataTable.Col source="unit.name" label="resources.allowanceReport.fields.unit" disableSort />
        <DataTable.Col source="name" label="resources.allowanceReport.fields.cadre" disableSort />
        <DataTable.Col source="month" disableSort field={MonthText} />
        <DataTable.Col source="reason" disableSort>
          <EnumChip source="reason" enumName="allowanceReason" />
        </DataTable.Col>
        <DataTable.Col source="amount" disableSort align="right">
          <YuanField source="amount" />
        </DataTable.Col>
        <DataTable.Col source="remarks" disableSort>
          <Remarks />
        </DataTable.Col>
        <DataTable.Col label="app.assessment.actions" disableSort>
          <RecordCheckButton />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
