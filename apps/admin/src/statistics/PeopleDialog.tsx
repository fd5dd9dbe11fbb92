import type { TeamDimension } from '@liangwei/domain';
import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { Link, useTranslate } from 'react-admin';
import { enumKey } from '../common/enums';
import { TEAM_PEOPLE, type StatisticsVariables } from '../team/operations';
import { useApiQuery } from '../team/useApiQuery';

export interface PeopleQuery {
  dimension: TeamDimension;
  key: string;
  /** what the bucket is called, shown as the dialog's title */
  label: string;
}

const PER_PAGE = 25;

/** ORG-3 The people behind a number of the team statistics, a page at a time. */
export const PeopleDialog = ({ query, scope, onClose }: { query: PeopleQuery | null; scope: StatisticsVariables; onClose: () => void }) => {
  const translate = useTranslate();
  const [page, setPage] = useState(0);
  const { data, isPending } = useApiQuery(TEAM_PEOPLE, { ...scope, dimension: query?.dimension ?? 'GENDER', key: query?.key ?? '', page, perPage: PER_PAGE }, 0, !!query);
  const total = data?._teamStatisticsPeopleMeta.count ?? 0;
  const close = () => {
    setPage(0);
    onClose();
  };
  return (
    <Dialog open={!!query} onClose={close} fullWidth maxWidth="md" aria-labelledby="people-title">
      <DialogTitle id="people-title">{translate('app.statistics.people_title', { label: query?.label ?? '', count: total })}</DialogTitle>
      <DialogContent>
        {isPending ? (
          <Typography>…</Typography>
        ) : (
          <Table size="small" aria-label={query?.label}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.cadres.fields.name')}</TableCell>
                <TableCell>{translate('resources.cadres.fields.unitId')}</TableCell>
                <TableCell>{translate('resources.cadres.fields.gender')}</TableCell>
                <TableCell align="right">{translate('resources.cadres.fields.age')}</TableCell>
                <TableCell>{translate('resources.cadres.fields.education')}</TableCell>
                <TableCell>{translate('resources.cadres.fields.politicalStatus')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {(data?.teamStatisticsPeople ?? []).map((p) => (
                <TableRow key={p.id} data-testid="statistics-person">
                  <TableCell>
                    <Link to={`/cadres/${p.id}/show`}>{p.name}</Link>
                  </TableCell>
                  <TableCell>{p.unit.name}</TableCell>
                  <TableCell>{translate(enumKey('gender', p.gender))}</TableCell>
                  <TableCell align="right">{p.age}</TableCell>
                  <TableCell>{p.education ? translate(enumKey('education', p.education)) : ''}</TableCell>
                  <TableCell>{p.politicalStatus ? translate(enumKey('politicalStatus', p.politicalStatus)) : ''}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </DialogContent>
      <DialogActions>
        <Typography sx={{ mr: 'auto', ml: 2 }} color="text.secondary">
          {total > 0 ? translate('app.statistics.page_of', { from: page * PER_PAGE + 1, to: Math.min(total, (page + 1) * PER_PAGE), total }) : translate('app.statistics.nobody')}
        </Typography>
        <MuiButton disabled={page === 0} onClick={() => setPage(page - 1)}>
          {translate('ra.navigation.previous')}
        </MuiButton>
        <MuiButton disabled={(page + 1) * PER_PAGE >= total} onClick={() => setPage(page + 1)}>
          {translate('ra.navigation.next')}
        </MuiButton>
        <MuiButton onClick={close}>{translate('ra.action.close')}</MuiButton>
      </DialogActions>
    </Dialog>
  );
};
