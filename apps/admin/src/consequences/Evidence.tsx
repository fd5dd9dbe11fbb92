import { Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { roundPoints } from '../assessment/scoreGrid';

interface EvidenceRow {
  year: number;
  kind: string;
  rank: number;
  total: number;
}

/** MGT-2 The years a proposal rests on: in each, the unit was last in its kind at or below the threshold. */
export const Evidence = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const rows = ((record?.evidence as EvidenceRow[] | undefined) ?? []).slice().sort((a, b) => a.year - b.year);
  if (rows.length === 0) return null;
  return (
    <Stack spacing={0.25}>
      {rows.map((e) => (
        <Typography key={e.year} variant="body2" sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
          {translate('app.consequence.evidence_line', { year: e.year, rank: e.rank, total: roundPoints(e.total) })}
        </Typography>
      ))}
    </Stack>
  );
};
