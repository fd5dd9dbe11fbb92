import { canAccess } from '@liangwei/domain';
import BlockIcon from '@mui/icons-material/Block';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import { Stack } from '@mui/material';
import { DateInput, required, TextInput, useRecordContext } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { EnumInput } from '../common/EnumInput';
import { useApiAction } from '../common/useApiAction';
import { useViewer } from '../common/useViewer';
import { APPOINT_SUCCESSOR, DECLINE_SUCCESSION } from '../providers/operations';
import { textLimit } from '../common/validation';

/** RES-2 What an admin decides on a successor proposal: 任命接任 (a new appointment) or 不予采纳. */
export const ProposalActions = () => {
  const proposal = useRecordContext();
  const { viewer } = useViewer();
  const run = useApiAction();
  if (!proposal || proposal.status !== 'PROPOSED' || !canAccess(viewer, 'edit', 'successionProposals', String(proposal.unitId))) return null;
  const proposalId = String(proposal.id);
  return (
    <Stack direction="row" spacing={1}>
      <ActionDialog
        label="app.succession.appoint"
        icon={<HowToRegIcon />}
        color="primary"
        variant="contained"
        defaultValues={{ startDate: proposal.vacatedOn, selectionMethod: null }}
        onSubmit={(values) =>
          run(
            APPOINT_SUCCESSOR,
            { proposalId, startDate: (values.startDate as string) || null, selectionMethod: (values.selectionMethod as never) || null },
            'app.succession.appointed',
          )
        }
      >
        <DateInput source="startDate" label="app.succession.start_date" validate={required()} />
        <EnumInput source="selectionMethod" enumName="selectionMethod" label="resources.appointments.fields.selectionMethod" />
      </ActionDialog>
      <ActionDialog
        label="app.succession.decline"
        icon={<BlockIcon />}
        color="warning"
        defaultValues={{ reason: '' }}
        onSubmit={(values) => run(DECLINE_SUCCESSION, { proposalId, reason: String(values.reason ?? '').trim() }, 'app.succession.declined')}
      >
        <TextInput source="reason" label="app.succession.decline_reason" validate={[required(), ...textLimit('SuccessionProposal', 'note')]} multiline minRows={2} fullWidth />
      </ActionDialog>
    </Stack>
  );
};
