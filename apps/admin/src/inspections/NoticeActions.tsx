import PublishIcon from '@mui/icons-material/Publish';
import EditNoteIcon from '@mui/icons-material/EditNote';
import { canAccess } from '@liangwei/domain';
import { required, TextInput, useRecordContext } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { useApiAction } from '../common/useApiAction';
import { useViewer } from '../common/useViewer';
import { textLimit } from '../common/validation';
import { ISSUE_NOTICE, REISSUE_NOTICE } from './operations';

/** INS-1 Issue a draft notice (then frozen), or re-issue an issued one with the reason of the correction: the admin only. */
export const NoticeActions = (_props: { label?: string }) => {
  const record = useRecordContext<{ id: string; status: string; numberText?: string }>();
  const { viewer } = useViewer();
  const run = useApiAction();
  if (!record || !canAccess(viewer, 'edit', 'inspectionNotices')) return null;
  if (record.status === 'DRAFT') {
    return (
      <ActionDialog label="app.inspection.issue" icon={<PublishIcon />} variant="contained" intro={<p>{record.numberText}</p>} onSubmit={() => run(ISSUE_NOTICE, { id: record.id }, 'app.inspection.issued')}>
        <span />
      </ActionDialog>
    );
  }
  if (record.status === 'ISSUED') {
    return (
      <ActionDialog label="app.inspection.reissue" icon={<EditNoteIcon />} onSubmit={(v) => run(REISSUE_NOTICE, { id: record.id, reason: String(v.reason ?? '') }, 'app.inspection.reissued')}>
        <TextInput source="reason" label="app.inspection.reissue_reason" validate={[required(), ...textLimit('InspectionNotice', 'reissueReason')]} multiline minRows={2} fullWidth />
      </ActionDialog>
    );
  }
  return null;
};
