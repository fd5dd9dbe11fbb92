import DoneAllIcon from '@mui/icons-material/DoneAll';
import PlaylistAddCheckIcon from '@mui/icons-material/PlaylistAddCheck';
import { canAccess } from '@liangwei/domain';
import { Typography } from '@mui/material';
import { required, TextInput, useRecordContext, useTranslate } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { EnumInput } from '../common/EnumInput';
import { MonthInput } from '../common/MonthInput';
import { today } from '../common/today';
import { useApiAction } from '../common/useApiAction';
import { useViewer } from '../common/useViewer';
import { textLimit } from '../common/validation';
import { CONFIRM_TRAINING_ATTENDANCE, RECORD_DUTY_LOG_CHECKS } from './operations';

const Intro = ({ text }: { text: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate(text)}
    </Typography>
  );
};

/** TRN-1 On a session: confirms every participant whose attendance is not yet recorded (one mutation, one transaction). */
export const ConfirmAllAttendanceButton = () => {
  const record = useRecordContext();
  const { viewer } = useViewer();
  const run = useApiAction();
  if (!record || !canAccess(viewer, 'edit', 'trainingParticipations')) return null;
  return (
    <ActionDialog
      label="app.bulk.confirm_attendance"
      title="app.bulk.confirm_attendance_title"
      icon={<DoneAllIcon />}
      intro={<Intro text="app.bulk.confirm_attendance_content" />}
      onSubmit={() => run(CONFIRM_TRAINING_ATTENDANCE, { sessionId: String(record.id) }, 'ra.notification.updated')}
    />
  );
};

/** The month before today's, `YYYY-MM` (the month whose logs are checked at the start of the next). */
function lastMonth(): string {
  const [y, m] = today().split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** INS-2 On the checks list (subdistrict admins): records one month's check for every secretary not yet checked. */
export const RecordMonthChecksButton = () => {
  const { viewer } = useViewer();
  const run = useApiAction();
  if (!canAccess(viewer, 'create', 'dutyLogChecks')) return null;
  return (
    <ActionDialog
      label="app.bulk.record_checks"
      title="app.bulk.record_checks_title"
      icon={<PlaylistAddCheckIcon />}
      variant="text"
      defaultValues={{ month: lastMonth(), outcome: 'PASS', remarks: '' }}
      intro={<Intro text="app.bulk.record_checks_content" />}
      onSubmit={(values) =>
        run(
          RECORD_DUTY_LOG_CHECKS,
          { month: String(values.month), outcome: String(values.outcome), remarks: String(values.remarks ?? '').trim() || null },
          'ra.notification.created',
        )
      }
    >
      <MonthInput source="month" label="app.bulk.month" validate={required()} />
      <EnumInput source="outcome" enumName="logCheckOutcome" label="app.bulk.outcome" validate={required()} />
      <TextInput source="remarks" label="app.bulk.remarks" multiline validate={textLimit('DutyLogCheck', 'remarks')} />
    </ActionDialog>
  );
};
