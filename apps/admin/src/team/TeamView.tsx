import { canAccess } from '@liangwei/domain';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { Alert, Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { CreateButton, DateInput, Link, RecordContextProvider, required, useGetOne, useLocaleState, useTranslate, type Validator } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { today } from '../common/today';
import { useApiAction } from '../common/useApiAction';
import { useViewer } from '../common/useViewer';
import { postLabel } from '../posts/PostLabel';
import { gql } from '../providers/graphqlRequest';
import { PairDialog } from '../succession/PairDialog';
import { formatDate } from '../common/dates';
import { UNIT_TEAM, type Seat } from './operations';
import { useApiQuery } from './useApiQuery';

const END_APPOINTMENT = gql<{ updateAppointment: { id: string } }, { id: string; version: number; endDate: string }>(`
  mutation endAppointment($id: ID!, $version: Int, $endDate: Date) { updateAppointment(id: $id, version: $version, endDate: $endDate) { id version endDate } }
`);

/** SEL-2 the end date is not before the start date */
const notBefore =
  (start: string): Validator =>
  (value: unknown) =>
    typeof value === 'string' && value !== '' && value < start ? 'app.validation.end_before_start' : undefined;

/** SEL-2 Ends the appointment open on the date (the end date is the day the post is left). */
const EndAppointment = ({ seat }: { seat: Seat }) => {
  const run = useApiAction();
  const translate = useTranslate();
  if (!seat.appointment || !seat.holder) return null;
  const appointment = seat.appointment;
  return (
    <ActionDialog
      label="app.team.end"
      icon={<EventBusyIcon />}
      defaultValues={{ endDate: today() }}
      intro={<Typography>{translate('app.team.end_intro', { name: seat.holder.name })}</Typography>}
      onSubmit={(values) => run(END_APPOINTMENT, { id: appointment.id, version: appointment.version, endDate: String(values.endDate ?? '') }, 'app.team.ended')}
    >
      <DateInput source="endDate" label="app.team.end_date" validate={[required(), notBefore(appointment.startDate)]} />
    </ActionDialog>
  );
};

/** Opens the appointment form with the unit and the vacant post chosen. */
const AppointButton = ({ seat }: { seat: Seat }) => (
  <CreateButton
    resource="appointments"
    label="app.team.appoint"
    variant="outlined"
    size="small"
    icon={<PersonAddIcon />}
    state={{ record: { unitId: seat.post.unitId, postId: seat.postId } }}
  />
);

/**
 * ORG-3 A unit's team as it stands on a date (default today): its posts in official order, who
 * holds each since when, the vacancies, each post's paired reserve (RES-1); with the actions the
 * viewer may take: appoint to a vacancy, end an appointment, pair a reserve.
 */
export const TeamView = ({ unitId }: { unitId: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [asOf, setAsOf] = useState(today());
  const { viewer } = useViewer();
  const { dataUpdatedAt } = useGetOne('units', { id: unitId });
  const { data, isPending, error } = useApiQuery(UNIT_TEAM, { id: unitId, asOf: asOf || null }, dataUpdatedAt, !!asOf);
  const seats = data?.Unit?.currentTeam ?? [];
  const isToday = asOf === today();
  const mayAppoint = canAccess(viewer, 'create', 'appointments', unitId) && isToday;
  const mayEnd = canAccess(viewer, 'edit', 'appointments', unitId) && isToday;
  const vacancies = seats.filter((s) => s.vacant).length;
  return (
    <Box sx={{ width: '100%' }} data-testid="team-view">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 1 }}>
        <TextField
          type="date"
          size="small"
          label={translate('app.team.as_of')}
          value={asOf}
          onChange={(event) => setAsOf(event.target.value)}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'aria-label': translate('app.team.as_of') } }}
        />
        {!isPending && (
          <Typography color="text.secondary">
            {translate('app.team.summary', { posts: seats.length, held: seats.length - vacancies, vacancies })}
          </Typography>
        )}
      </Box>
      {error ? <Alert severity="error">{translate('app.team.load_failed')}</Alert> : null}
      {!isPending && !error && seats.length === 0 ? <Alert severity="info">{translate('app.team.no_posts')}</Alert> : null}
      {seats.length > 0 && (
        <Table size="small" aria-label={translate('app.team.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.team.post')}</TableCell>
              <TableCell>{translate('app.team.holder')}</TableCell>
              <TableCell>{translate('app.team.since')}</TableCell>
              <TableCell>{translate('app.team.reserve')}</TableCell>
              <TableCell>{translate('app.team.actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {seats.map((seat) => (
              <TableRow key={seat.postId} data-testid="team-seat">
                <TableCell>
                  <Link to={`/posts/${seat.postId}/show`}>{postLabel(translate, { ...seat.post }, locale)}</Link>
                </TableCell>
                <TableCell>
                  {seat.holder ? (
                    <Link to={`/cadres/${seat.holder.id}/show`}>{seat.holder.name}</Link>
                  ) : (
                    <Chip size="small" color="warning" label={translate('app.team.vacant')} />
                  )}
                </TableCell>
                <TableCell>{formatDate(seat.since, locale)}</TableCell>
                <TableCell>{seat.reserve ? <Link to={`/reserveCandidates/${seat.reserve.id}/show`}>{seat.reserve.cadre.name}</Link> : translate('app.team.no_reserve')}</TableCell>
                <TableCell>
                  <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
                    {seat.vacant && mayAppoint ? <AppointButton seat={seat} /> : null}
                    {!seat.vacant && mayEnd ? <EndAppointment seat={seat} /> : null}
                    {!seat.reserve && isToday ? (
                      <RecordContextProvider value={{ ...seat.post, id: seat.postId }}>
                        <PairDialog />
                      </RecordContextProvider>
                    ) : null}
                  </Box>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
};
