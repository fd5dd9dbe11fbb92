import CheckIcon from '@mui/icons-material/Check';
import SendIcon from '@mui/icons-material/Send';
import UndoIcon from '@mui/icons-material/Undo';
import { allowedRectificationSteps, type RectificationStatus } from '@liangwei/domain';
import { DateInput, required, TextInput, useRecordContext } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { today } from '../common/today';
import { useApiAction } from '../common/useApiAction';
import { useViewer } from '../common/useViewer';
import { notInFuture, textLimit } from '../common/validation';
import { ACCEPT_RECTIFICATION, RETURN_RECTIFICATION, SUBMIT_RECTIFICATION } from './operations';

/**
 * INS-1 The next steps of a finding's rectification for the viewer, from the domain's state
 * machine: the unit reports what it did; only the subdistrict admin accepts or returns it.
 */
export const RectificationActions = (_props: { label?: string }) => {
  const record = useRecordContext<{ id: string; status: RectificationStatus; issuedOn?: string | null }>();
  const { viewer } = useViewer();
  const run = useApiAction();
  if (!record || !viewer || !record.issuedOn) return null;
  const steps = allowedRectificationSteps(record.status, viewer.role);
  return (
    <span style={{ display: 'inline-flex', gap: 8 }}>
      {steps.includes('SUBMIT') && (
        <ActionDialog
          label="app.inspection.action.SUBMIT"
          icon={<SendIcon />}
          defaultValues={{ doneOn: today() }}
          onSubmit={(v) => run(SUBMIT_RECTIFICATION, { findingId: record.id, measures: String(v.measures ?? ''), doneOn: (v.doneOn as string) || null }, 'app.inspection.done.SUBMIT')}
        >
          <TextInput source="measures" label="app.inspection.measures" validate={[required(), ...textLimit('RectificationReport', 'content')]} multiline minRows={3} fullWidth />
          <DateInput source="doneOn" label="app.inspection.done_on" validate={[required(), notInFuture]} />
        </ActionDialog>
      )}
      {steps.includes('ACCEPT') && (
        <ActionDialog label="app.inspection.action.ACCEPT" icon={<CheckIcon />} color="success" onSubmit={(v) => run(ACCEPT_RECTIFICATION, { findingId: record.id, note: (v.note as string) || null }, 'app.inspection.done.ACCEPT')}>
          <TextInput source="note" label="app.inspection.note" validate={textLimit('RectificationReport', 'content')} multiline fullWidth />
        </ActionDialog>
      )}
      {steps.includes('RETURN') && (
        <ActionDialog label="app.inspection.action.RETURN" icon={<UndoIcon />} color="warning" onSubmit={(v) => run(RETURN_RECTIFICATION, { findingId: record.id, reason: String(v.reason ?? '') }, 'app.inspection.done.RETURN')}>
          <TextInput source="reason" label="app.inspection.reason" validate={[required(), ...textLimit('RectificationReport', 'content')]} multiline minRows={2} fullWidth />
        </ActionDialog>
      )}
    </span>
  );
};
