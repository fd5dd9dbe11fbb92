import { canAccess } from '@liangwei/domain';
import RestartAltIcon from '@mui/icons-material/RestartAlt';
import SaveIcon from '@mui/icons-material/Save';
import { Alert, Box, Chip, IconButton, InputAdornment, Stack, Switch, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Tooltip, Typography } from '@mui/material';
import { alpha } from '@mui/material/styles';
import { useState } from 'react';
import { List, NumberInput, useListContext, useLocaleState, useTranslate } from 'react-admin';
import { thisYear } from '../common/today';
import { useApiAction } from '../common/useApiAction';
import { useViewer } from '../common/useViewer';
import { SET_POLICY_PARAMETER, type PolicyParameterRowData } from '../providers/operations';
import { yearOf } from '../providers/ruleQueries';
import { isMissingFigure, policyRange, policyValueProblem } from './policyValue';
import { DutyWeightsEditor } from '../dutyReports/DutyWeightsEditor';

type Row = PolicyParameterRowData & { id: string };

/** A value as shown: a flag as yes / no, a number with its unit. */
const useValueText = () => {
  const translate = useTranslate();
  return (value: number, unit: string) => (unit === 'flag' ? translate(value ? 'ra.boolean.true' : 'ra.boolean.false') : `${value} ${translate(`app.policy.unit.${unit}`)}`);
};

/** An admin changes the year's value (Enter or the save button) or returns it to the default. */
const ValueEditor = ({ row, year }: { row: Row; year: number }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const run = useApiAction();
  const [text, setText] = useState(String(row.value));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const changed = text.trim() !== String(row.value);
  const set = async (value: number | null) => {
    setBusy(true);
    const result = await run(SET_POLICY_PARAMETER, { year, key: row.key, value }, value === null ? 'app.policy.reset_done' : 'app.policy.saved');
    setBusy(false);
    if (result.ok) {
      setText(String(result.data.setPolicyParameter.value));
      setError(null);
    } else setError(result.errors.value ?? null);
  };
  const save = () => {
    const problem = policyValueProblem(text, row.unit, row.key);
    setError(problem ? translate(problem, policyRange(row.key) ?? {}) : null);
    if (!problem) void set(Number(text.trim()));
  };
  const label = locale === 'en' ? row.labelEn : row.labelZh;
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      {row.unit === 'flag' ? (
        <Switch checked={row.value === 1} disabled={busy} onChange={(e) => void set(e.target.checked ? 1 : 0)} slotProps={{ input: { 'aria-label': label } }} />
      ) : (
        <TextField
          variant="outlined"
          size="small"
          value={text}
          disabled={busy}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') save();
          }}
          error={Boolean(error)}
          helperText={error ?? undefined}
          sx={{ width: 170 }}
          slotProps={{
            htmlInput: { inputMode: 'decimal', 'aria-label': label, style: { textAlign: 'right' } },
            input: { endAdornment: <InputAdornment position="end">{translate(`app.policy.unit.${row.unit}`)}</InputAdornment> },
          }}
        />
      )}
      {row.unit !== 'flag' && (
        <Tooltip title={translate('ra.action.save')}>
          <span>
            <IconButton color="primary" onClick={save} disabled={!changed || busy} aria-label={`${translate('ra.action.save')} ${label}`}>
              <SaveIcon />
            </IconButton>
          </span>
        </Tooltip>
      )}
      {!row.isDefault && (
        <Tooltip title={translate('app.policy.reset')}>
          <span>
            <IconButton onClick={() => void set(null)} disabled={busy} aria-label={`${translate('app.policy.reset')} ${label}`}>
              <RestartAltIcon />
            </IconButton>
          </span>
        </Tooltip>
      )}
    </Stack>
  );
};

const ParameterTable = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const valueText = useValueText();
  const { viewer } = useViewer();
  const { data, isPending, filterValues } = useListContext<Row>();
  if (isPending) return null;
  const year = yearOf(filterValues.year);
  const editable = canAccess(viewer, 'edit', 'policyParameters');
  // the yearly figures (entered every year) first, then the rule parameters in the domain's order
  const rows = [...(data ?? [])].sort((a, b) => Number(b.yearlyFigure) - Number(a.yearlyFigure));
  const missing = rows.filter(isMissingFigure);
  return (
    <Box>
      {missing.length > 0 && (
        <Alert severity="warning" sx={{ m: 2 }}>
          {translate('app.policy.missing_figures', { year, names: missing.map((r) => (locale === 'en' ? r.labelEn : r.labelZh)).join('、') })}
        </Alert>
      )}
      {editable && <DutyWeightsEditor key={`${year}:${rows.filter((r) => r.key.startsWith('dutyWeight')).map((r) => r.value).join(':')}`} rows={rows} year={year} />}
      <TableContainer>
        <Table size="small" aria-label={translate('app.policy.title')}>
          <TableHead>
            <TableRow>
              {['label', 'rules', 'defaultValue', 'value', 'isDefault'].map((f) => (
                <TableCell key={f}>{translate(`resources.policyParameters.fields.${f}`)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => {
              const missingFigure = isMissingFigure(row);
              return (
                <TableRow key={row.key} data-key={row.key} sx={missingFigure ? { bgcolor: (theme) => alpha(theme.palette.warning.main, 0.15) } : undefined}>
                  <TableCell>
                    <Typography variant="body2" sx={{ fontWeight: row.yearlyFigure ? 600 : 400 }}>
                      {locale === 'en' ? row.labelEn : row.labelZh}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
                      {row.rules.map((rule) => (
                        <Chip key={rule} size="small" variant="outlined" label={rule} />
                      ))}
                    </Stack>
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{row.yearlyFigure ? translate('app.policy.yearly_figure') : valueText(row.defaultValue, row.unit)}</TableCell>
                  <TableCell>{editable ? <ValueEditor key={`${year}:${row.key}:${row.value}`} row={row} year={year} /> : <span style={{ whiteSpace: 'nowrap' }}>{valueText(row.value, row.unit)}</span>}</TableCell>
                  <TableCell>
                    {missingFigure ? (
                      <Chip size="small" color="warning" label={translate('app.policy.not_entered')} />
                    ) : row.yearlyFigure ? (
                      <Chip size="small" color="success" variant="outlined" label={translate('app.policy.entered')} />
                    ) : row.isDefault ? (
                      <Chip size="small" variant="outlined" label={translate('app.policy.default')} />
                    ) : (
                      <Chip size="small" color="info" label={translate('app.policy.changed')} />
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
};

/**
 * The policy parameters of a year (the numbers the source leaves open or calls a minimum): each
 * with its default, the year's value, its unit and the rules it feeds. Admins change a value or
 * return it to the default; yearly figures (the previous year's rural income, PAY-1) stand out
 * while not entered.
 */
export const PolicyParametersPage = () => (
  <List
    resource="policyParameters"
    title="app.policy.title"
    filters={[<NumberInput key="year" source="year" alwaysOn step={1} label="resources.policyParameters.fields.year" />]}
    filterDefaultValues={{ year: thisYear() }}
    perPage={1000}
    pagination={false}
    exporter={false}
    actions={false}
    storeKey={false}
    empty={false}
  >
    <ParameterTable />
  </List>
);
