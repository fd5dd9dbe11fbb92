import { Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { roundPoints } from '../assessment/scoreGrid';
import { useRankLabel, useTiedRanks } from '../assessment/ranks';

interface EvidenceRow {
  year: number;
  kind: string;
  rank: number;
  total: number;
}

/** One year of the evidence: the year, the unit's rank in its kind (并列 when shared) and its total. */
const EvidenceLine = ({ row }: { row: EvidenceRow }) => {
  const translate = useTranslate();
  const rankLabel = useRankLabel();
  const { tied } = useTiedRanks(row.year, row.kind);
  return (
    <Typography variant="body2" sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
      {translate('app.consequence.evidence_line', { year: row.year, rank: rankLabel(row.rank, tied.has(row.rank)), total: roundPoints(row.total) })}
    </Typography>
  );
};

/** MGT-2 The years a proposal rests on: in each, the unit was last in its kind at or below the threshold. */
export const Evidence = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const rows = ((record?.evidence as EvidenceRow[] | undefined) ?? []).slice().sort((a, b) => a.year - b.year);
  if (rows.length === 0) return null;
  return (
    <Stack spacing={0.25}>
      {rows.map((e) => (
        <EvidenceLine key={e.year} row={e} />
      ))}
    </Stack>
  );
};
