import { Chip, Stack, Typography } from '@mui/material';
import { DataTable, DateInput, List, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { today } from '../common/today';
import { shortfallTexts, type ShortfallText } from './shortfalls';
import { ExcelReportActions } from '../excel/ExcelExportButton';

const Compliant = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return record.compliant ? (
    <Chip size="small" color="success" variant="outlined" label={translate('app.compliance.compliant')} />
  ) : (
    <Chip size="small" color="error" label={translate('app.compliance.not_compliant')} />
  );
};

const Missing = () => {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const texts = shortfallTexts(record?.shortfalls as ShortfallText[] | undefined, locale);
  if (texts.length === 0) return null;
  return (
    <Stack spacing={0.25}>
      {texts.map((t) => (
        <Typography key={t} variant="body2" color="error.main">
          {t}
        </Typography>
      ))}
    </Stack>
  );
};

const filters = [<DateInput key="asOf" source="asOf" alwaysOn />, <EnumInput key="kind" source="kind" enumName="unitKind" alwaysOn />];

/**
 * RES-4 The composition of every team on a date (default today): at least two cadres aged 45 or
 * under, one of them 35 or under, and a female reserve. Units that do not comply come first, with
 * what they lack.
 */
export const CompliancePage = () => (
  <List
    resource="reserveCompliance"
    title="app.compliance.title"
    filters={filters}
    filterDefaultValues={{ asOf: today() }}
    perPage={1000}
    pagination={false}
    exporter={false}
    actions={<ExcelReportActions />}
    storeKey={false}
  >
    <DataTable bulkActionButtons={false} rowClick={(id) => `/units/${id}/show`}>
      <DataTable.Col source="unit.name" label="resources.reserveCompliance.fields.unit" disableSort />
      <DataTable.Col source="compliant" disableSort>
        <Compliant />
      </DataTable.Col>
      <DataTable.NumberCol source="teamSize" disableSort />
      <DataTable.NumberCol source="aged45OrUnder" disableSort />
      <DataTable.NumberCol source="aged35OrUnder" disableSort />
      <DataTable.NumberCol source="femaleReserves" disableSort />
      <DataTable.Col source="missing" disableSort>
        <Missing />
      </DataTable.Col>
    </DataTable>
  </List>
);
