import { DUTY_WEIGHT_KEYS, defaultPolicy, policyConsistencyProblems, type PolicyValues } from '@liangwei/domain';
import { Alert, Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { useApiAction } from '../common/useApiAction';
import { gql } from '../providers/graphqlRequest';

const SET_POLICY_PARAMETERS = gql<{ setPolicyParameters: { key: string; value: number }[] }, { year: number; values: { key: string; value: number | null }[] }>(`
  mutation setPolicyParameters($year: Int!, $values: [PolicyParameterInput!]!) { setPolicyParameters(year: $year, values: $values) { key value } }
`);

interface Row {
  key: string;
  value: number;
  labelZh: string;
  labelEn: string;
}

/**
 * TGT-4 The three 三评 weights of a year, changed together (they must sum to 1: one weight alone
 * cannot change). The sum is checked here as the server checks it (the domain's rule).
 */
export const DutyWeightsEditor = ({ rows, year }: { rows: readonly Row[]; year: number }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const run = useApiAction();
  const current = DUTY_WEIGHT_KEYS.map((k) => rows.find((r) => r.key === k));
  const [texts, setTexts] = useState<string[]>(current.map((r) => String(r?.value ?? '')));
  const [busy, setBusy] = useState(false);
  if (current.some((r) => !r)) return null;
  const values = texts.map((t) => Number(t.trim()));
  const numbers = texts.every((t) => t.trim() !== '') && values.every((v) => Number.isFinite(v) && v >= 0 && v <= 1);
  const problem = numbers ? policyConsistencyProblems({ ...defaultPolicy, ...Object.fromEntries(DUTY_WEIGHT_KEYS.map((k, i) => [k, values[i]])) } as PolicyValues)[0] : null;
  const changed = texts.some((t, i) => t.trim() !== String(current[i]!.value));
  const save = async () => {
    setBusy(true);
    await run(SET_POLICY_PARAMETERS, { year, values: DUTY_WEIGHT_KEYS.map((key, i) => ({ key, value: values[i]! })) }, 'app.policy.saved');
    setBusy(false);
  };
  return (
    <Box sx={{ m: 2, p: 2, border: 1, borderColor: 'divider', borderRadius: 1 }} data-testid="duty-weights">
      <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {translate('app.duty_reports.weights_title', { year })}
      </Typography>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
        {current.map((r, i) => (
          <TextField
            key={r!.key}
            size="small"
            label={locale === 'en' ? r!.labelEn : r!.labelZh}
            value={texts[i]}
            disabled={busy}
            onChange={(e) => setTexts(texts.map((t, j) => (j === i ? e.target.value : t)))}
            slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            sx={{ width: 260 }}
          />
        ))}
        <Button variant="contained" disabled={busy || !changed || !numbers || Boolean(problem)} onClick={() => void save()}>
          {translate('app.duty_reports.weights_save')}
        </Button>
      </Stack>
      {!numbers ? <Alert severity="warning" sx={{ mt: 1 }}>{translate('app.duty_reports.weights_range')}</Alert> : null}
      {problem ? <Alert severity="warning" sx={{ mt: 1 }}>{locale === 'en' ? problem.message : problem.messageZh}</Alert> : null}
    </Box>
  );
};
