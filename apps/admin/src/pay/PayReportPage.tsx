import { Alert, Box, Button as MuiButton } from '@mui/material';
import { DataTable, Link, List, Loading, NumberInput, TextField, useGetList, useListContext, useLocaleState, useTranslate } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { UnitInput } from '../common/UnitInput';
import { useViewer } from '../common/useViewer';
import { formatYuan, YuanField } from '../common/Yuan';
import { yearOf } from '../providers/ruleQueries';
import { BelowFloor, belowFloorSx } from './BelowFloor';
import { paySummary } from './paySummary';
import { usePayYear } from './usePayYear';
import { ExcelReportActions } from '../excel/ExcelExportButton';

/** How many are below their floor, and what is missing; or why no floor could be computed. */
const Summary = () => {
  const { data: page, total, filterValues, isPending: pagePending } = useListContext();
  // the records of the year below their floor, not only those of the page shown, counted by the API
  const { data: below, total: belowTotal, isPending } = useGetList('payReport', { filter: { ...filterValues, belowFloor: true }, pagination: { page: 1, perPage: 1000 } });
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (isPending || pagePending || !total) return null;
  const summary = paySummary(below ?? [], { below: belowTotal, rows: page });
  const year = yearOf(filterValues.year);
  if (!summary.floorKnown) {
    return (
      <Alert
        severity="warning"
        sx={{ m: 2 }}
        action={
          <MuiButton component={Link} to={`/policy-parameters?filter=${encodeURIComponent(JSON.stringify({ year }))}`} size="small">
            {translate('app.menu.policy_parameters')}
          </MuiButton>
        }
      >
        {translate('app.pay.no_income', { year })}
      </Alert>
    );
  }
  return (
    <Alert severity={summary.below ? 'error' : 'success'} sx={{ m: 2 }}>
      {summary.below
        ? translate('app.pay.below_summary', { smart_count: summary.below, shortfall: formatYuan(summary.shortfall, locale) })
        : translate('app.pay.none_below')}
    </Alert>
  );
};

/**
 * PAY-1 The pay report of a year: every pay record against its post's floor (1.5 × the previous
 * year's rural per-capita income for the secretary, a ratio of it for the others), those below
 * the floor first with a red flag and their shortfall.
 */
export const PayReportPage = () => {
  const { year, isPending } = usePayYear();
  const { allUnits } = useViewer();
  if (isPending) return <Loading />;
  const filters = [
    <NumberInput key="year" source="year" alwaysOn step={1} label="resources.payReport.fields.year" />,
    ...(allUnits ? [<UnitInput key="unitId" source="unitId" alwaysOn label="resources.payReport.fields.unitId" />] : []),
  ];
  return (
    <List resource="payReport" title="app.pay.report_title" filters={filters} filterDefaultValues={{ year }} perPage={50} exporter={false} actions={<ExcelReportActions />} storeKey={false} empty={false}>
      <Summary />
      <Box>
        <DataTable bulkActionButtons={false} rowClick={(_id, _r, record) => `/cadres/${record.cadreId}/show`} rowSx={belowFloorSx}>
          <DataTable.Col source="belowFloor" disableSort>
            <BelowFloor />
          </DataTable.Col>
          <DataTable.Col source="unit.name" label="resources.payReport.fields.unit" disableSort />
          <DataTable.Col source="name" label="resources.payReport.fields.cadre" disableSort />
          <DataTable.Col source="title" disableSort>
            <EnumField source="title" enumName="postTitle" />
          </DataTable.Col>
          <DataTable.Col source="amount" disableSort align="right">
            <YuanField source="amount" />
          </DataTable.Col>
          <DataTable.Col source="floor" disableSort align="right">
            <YuanField source="floor" />
          </DataTable.Col>
          <DataTable.Col source="shortfall" disableSort align="right">
            <YuanField source="shortfall" hideZero color="#c62828" />
          </DataTable.Col>
          <DataTable.Col source="note" disableSort field={TextField} />
        </DataTable>
      </Box>
    </List>
  );
};
