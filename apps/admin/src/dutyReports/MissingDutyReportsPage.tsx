import { isReportDue, lastEndedHalf, type Half } from '@liangwei/domain';
import { Alert, Box, Card, Chip, MenuItem, Table, TableBody, TableCell, TableHead, TableRow, TextField as MuiTextField } from '@mui/material';
import { useState } from 'react';
import { Button, Link, Loading, Title, useCanAccess, useTranslate } from 'react-admin';
import { today } from '../common/today';
import { useDateFormat } from '../common/DateText';
import { MISSING_DUTY_REPORTS } from './operations';
import { useGraphQL } from './useGraphQL';

/**
 * TGT-3 The team members of a half year who have not reported (from the day after the half ended),
 * with a link to record the report. A unit user sees its own unit (the API's scope).
 */
export const MissingDutyReportsPage = () => {
  const translate = useTranslate();
  const format = useDateFormat();
  const last = lastEndedHalf(today());
  const [year, setYear] = useState(last.year);
  const [half, setHalf] = useState<Half>(last.half);
  const { canAccess: mayCreate } = useCanAccess({ action: 'create', resource: 'dutyReports' });
  const validYear = Number.isInteger(year) && year >= 2000 && year <= 2100;
  const { data, loading, error } = useGraphQL(MISSING_DUTY_REPORTS, validYear ? { year, half, perPage: 1000 } : null);
  const due = validYear && isReportDue(year, half, today());
  return (
    <Card sx={{ mt: 2, p: 2 }}>
      <Title title="app.duty_reports.missing_title" />
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
        <MuiTextField label={translate('resources.dutyReports.fields.year')} type="number" size="small" value={year} onChange={(e) => setYear(Number(e.target.value))} slotProps={{ htmlInput: { step: 1 } }} />
        <MuiTextField select label={translate('resources.dutyReports.fields.half')} size="small" value={half} onChange={(e) => setHalf(Number(e.target.value) as Half)} sx={{ minWidth: 160 }}>
          <MenuItem value={1}>{translate('app.duty_reports.half.1')}</MenuItem>
          <MenuItem value={2}>{translate('app.duty_reports.half.2')}</MenuItem>
        </MuiTextField>
        {data && due ? <Chip color={data._missingDutyReportsMeta.count ? 'error' : 'success'} label={translate('app.duty_reports.missing_count', { count: data._missingDutyReportsMeta.count })} /> : null}
      </Box>
      {error ? <Alert severity="error">{error}</Alert> : null}
      {!due && validYear ? <Alert severity="info">{translate('app.duty_reports.missing_not_due')}</Alert> : null}
      {loading ? <Loading /> : null}
      {data && due ? (
        data.missingDutyReports.length === 0 ? (
          <Alert severity="success">{translate('app.duty_reports.missing_none')}</Alert>
        ) : (
          <Table size="small" aria-label={translate('app.duty_reports.missing_title')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.dutyReports.fields.unitId')}</TableCell>
                <TableCell>{translate('resources.dutyReports.fields.cadreId')}</TableCell>
                <TableCell>{translate('app.duty_reports.missing_since')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {data.missingDutyReports.map((r) => (
                <TableRow key={`${r.cadre.id}:${r.unit.id}`} hover>
                  <TableCell>{r.unit.name}</TableCell>
                  <TableCell>
                    <Link to={`/cadres/${encodeURIComponent(r.cadre.id)}/show`}>{r.cadre.name}</Link>
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{format.date(r.since)}</TableCell>
                  <TableCell>
                    {mayCreate ? (
                      <Button component={Link} to={`/dutyReports/create?source=${encodeURIComponent(JSON.stringify({ cadreId: r.cadre.id, year: r.year, half: r.half }))}`} label="app.duty_reports.record" />
                    ) : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )
      ) : null}
    </Card>
  );
};
