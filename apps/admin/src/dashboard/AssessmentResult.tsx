import FactCheckIcon from '@mui/icons-material/FactCheck';
import { Box, Card, CardActionArea, CardContent, Chip, Typography } from '@mui/material';
import { useGetList, useRedirect, useTranslate } from 'react-admin';
import { rankingPath } from '../assessment/YearActions';
import { roundPoints } from '../assessment/scoreGrid';
import { tiedRanks, useRankLabel } from '../assessment/ranks';
import { useAssessmentYears } from '../assessment/useAssessmentYears';
import { enumKey } from '../common/enums';

/** The API's largest page of the ranking. */
const PAGE = 1000;

/**
 * ASM-3 the last units of one kind in the year, with their rank (并列 when shared) and total: on
 * the last page of the ranking (the API's order, by rank), where every unit of the last rank is.
 */
const LastOfKind = ({ year, kind }: { year: number; kind: 'VILLAGE' | 'COMMUNITY' }) => {
  const translate = useTranslate();
  const rankLabel = useRankLabel();
  const redirect = useRedirect();
  const { total, isPending: countPending } = useGetList('assessmentRanking', { filter: { year, kind }, pagination: { page: 1, perPage: 1 } });
  const lastPage = Math.max(1, Math.ceil((total ?? 0) / PAGE));
  const { data, isPending: pagePending } = useGetList('assessmentRanking', { filter: { year, kind }, pagination: { page: lastPage, perPage: PAGE } }, { enabled: total != null });
  const isPending = countPending || (total != null && pagePending);
  const last = (data ?? []).filter((r) => r.isLast);
  const tied = tiedRanks(data ?? []);
  return (
    <CardActionArea onClick={() => redirect(rankingPath(year, kind))} sx={{ borderRadius: 1, p: 1, flex: '1 1 200px' }}>
      <Typography variant="body2" color="text.secondary">
        {translate('app.dashboard.last_of_kind', { kind: translate(enumKey('unitKind', kind)) })}
      </Typography>
      <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', mt: 0.5 }}>
        {isPending ? '…' : last.map((r) => <Chip key={r.id} size="small" color="error" variant="outlined" label={`${r.name} · ${rankLabel(r.rank, tied.has(r.rank))} · ${translate('app.ranking.points', { points: roundPoints(r.total) })}`} />)}
      </Box>
    </CardActionArea>
  );
};

/** MGT-2 proposals of the year still waiting for an admin's decision */
const Waiting = ({ year }: { year: number }) => {
  const translate = useTranslate();
  const redirect = useRedirect();
  const filter = { year, status: 'PROPOSED' };
  const { total, isPending } = useGetList('consequences', { filter, pagination: { page: 1, perPage: 1 } });
  return (
    <CardActionArea onClick={() => redirect(`/consequences?filter=${encodeURIComponent(JSON.stringify(filter))}`)} sx={{ borderRadius: 1, p: 1, flex: '0 1 200px', textAlign: 'right' }}>
      <Typography variant="body2" color="text.secondary">
        {translate('app.dashboard.proposals_waiting')}
      </Typography>
      <Typography variant="h4" component="div" color={total ? 'warning.main' : 'text.primary'}>
        {isPending ? '…' : (total ?? 0)}
      </Typography>
    </CardActionArea>
  );
};

/** ASM-3 / MGT-2 The latest published assessment: the last units of each kind and the proposals waiting. */
export const AssessmentResult = () => {
  const translate = useTranslate();
  const { latestPublished, isPending } = useAssessmentYears();
  if (isPending || latestPublished == null) return null;
  return (
    <Card sx={{ flex: '2 1 460px' }}>
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, color: 'primary.main', mb: 1 }}>
          <FactCheckIcon />
          <Typography color="text.secondary">{translate('app.dashboard.assessment', { year: latestPublished })}</Typography>
        </Box>
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          <LastOfKind year={latestPublished} kind="VILLAGE" />
          <LastOfKind year={latestPublished} kind="COMMUNITY" />
          <Waiting year={latestPublished} />
        </Box>
      </CardContent>
    </Card>
  );
};
