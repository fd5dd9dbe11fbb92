import { canAccess } from '@liangwei/domain';
import { Checkbox, Tooltip } from '@mui/material';
import { useNotify, useRecordContext, useTranslate, useUpdate } from 'react-admin';
import { useViewer } from '../common/useViewer';
import { attendanceKey } from './attendance';

/**
 * TRN-1 Attendance of one participant, confirmed by the cadre's unit (or the subdistrict): a
 * checkbox; not yet confirmed shows as undecided. Saved at once, with the record's version.
 */
export const AttendanceToggle = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const { viewer } = useViewer();
  const translate = useTranslate();
  const notify = useNotify();
  const [update, { isPending }] = useUpdate();
  if (!record) return null;
  const editable = canAccess(viewer, 'edit', 'trainingParticipations', String(record.unitId));
  const attended = record.attended as boolean | null | undefined;
  const toggle = () =>
    update(
      'trainingParticipations',
      { id: record.id, data: { attended: attended !== true, version: record.version }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => notify('app.training.attendance_saved', { type: 'success' }),
        onError: (error) => notify('app.error.action_failed', { type: 'error', messageArgs: { reason: translate((error as Error)?.message ?? '', { _: (error as Error)?.message ?? '' }) } }),
      },
    );
  return (
    <Tooltip title={translate(attendanceKey(attended))}>
      <span>
        <Checkbox
          size="small"
          checked={attended === true}
          indeterminate={attended == null}
          disabled={!editable || isPending}
          onClick={(event) => event.stopPropagation()}
          onChange={toggle}
          slotProps={{ input: { 'aria-label': translate(attendanceKey(attended)) } }}
        />
      </span>
    </Tooltip>
  );
};
