import { canAccess } from '@liangwei/domain';
import { Alert, Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { useViewer } from '../common/useViewer';
import { TrendChart } from '../charts/TrendChart';
import { roundPoints } from './scoreGrid';
import { RankText, rankMessage } from './ranks';

interface HistoryRow {
  id: string;
  year: number;
  kind: string;
  total: number;
  rank: number;
  isLast: boolean;
}

const ALL = { page: 1, perPage: 1000 };

/** ASM-3 A unit's published totals and ranks over the years (并列 where it shared its rank), as a small line chart. */
export const UnitTrend = ({ unitId, unitName, threshold }: { unitId: string; unitName: string; threshold: number }) => {
  const translate = useTranslate();
  const { data, isPending } = useGetList<HistoryRow>('assessmentHistory', { filter: { unitId }, pagination: ALL, sort: { field: 'year', order: 'ASC' } });
  if (isPending) return null;
  const rows = data ?? [];
  if (rows.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('app.ranking.no_history')}
      </Typography>
    );
  }
  return (
    <TrendChart
      title={translate('app.ranking.trend_of', { unit: unitName })}
      threshold={{ value: threshold, label: translate('app.ranking.threshold', { points: threshold }) }}
      points={rows.map((r) => ({
        year: r.year,
        total: roundPoints(r.total),
        caption: <RankText year={r.year} kind={r.kind} rank={r.rank} />,
        alert: r.isLast && r.total <= threshold,
      }))}
    />
  );
};

interface ScoreRow {
  id: string;
  indicatorId: string;
  points: number;
  note?: string | null;
  isDeduction?: boolean;
}

/**
 * ASM-2 A unit's item scores of a year, for those who may read them: the subdistrict, and a unit
 * its own (another unit's item scores are never shown).
 */
export const UnitItemScores = ({ unitId, year }: { unitId: string; year: number }) => {
  const translate = useTranslate();
  const { viewer } = useViewer();
  const allowed = canAccess(viewer, 'show', 'assessmentScores', unitId);
  const indicators = useGetList<{ id: string; name: string; maxPoints: number }>('assessmentIndicators', { filter: { year }, sort: { field: 'sortOrder', order: 'ASC' }, pagination: ALL }, { enabled: allowed });
  const scores = useGetList<ScoreRow>('assessmentScores', { filter: { year, unitId }, sort: { field: 'indicatorId', order: 'ASC' }, pagination: ALL }, { enabled: allowed });
  if (!allowed) {
    return (
      <Alert severity="info" variant="outlined">
        {translate('app.ranking.item_scores_hidden')}
      </Alert>
    );
  }
  if (indicators.isPending || scores.isPending) return null;
  const byIndicator = new Map((scores.data ?? []).map((s) => [s.indicatorId, s]));
  if (byIndicator.size === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('app.ranking.no_item_scores')}
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label={translate('app.ranking.item_scores')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.assessmentScores.fields.indicatorId')}</TableCell>
          <TableCell align="right">{translate('resources.assessmentIndicators.fields.maxPoints')}</TableCell>
          <TableCell align="right">{translate('resources.assessmentScores.fields.points')}</TableCell>
          <TableCell>{translate('resources.assessmentScores.fields.note')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {(indicators.data ?? []).map((indicator) => {
          const score = byIndicator.get(indicator.id);
          const deduction = score != null && score.points < indicator.maxPoints;
          return (
            <TableRow key={indicator.id}>
              <TableCell>{indicator.name}</TableCell>
              <TableCell align="right">{indicator.maxPoints}</TableCell>
              <TableCell align="right" sx={{ fontWeight: 600, color: deduction ? 'warning.dark' : undefined }}>
                {score ? roundPoints(score.points) : '—'}
              </TableCell>
              <TableCell>
                <Typography variant="body2" color="text.secondary">
                  {score?.note}
                </Typography>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};

/** The heading of the selected unit's panel. */
export const UnitHeading = ({ name, rank, total, isLast, tied }: { name: string; rank?: number; total?: number; isLast?: boolean; tied?: boolean }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
      <Typography variant="h6">{name}</Typography>
      {rank != null && <Chip size="small" label={translate(rankMessage(Boolean(tied)), { rank })} />}
      {total != null && <Chip size="small" variant="outlined" label={translate('app.ranking.points', { points: roundPoints(total) })} />}
      {isLast && <Chip size="small" color="error" label={translate('app.ranking.last')} />}
    </Box>
  );
};
