import { canAccess } from '@liangwei/domain';
import BlockIcon from '@mui/icons-material/Block';
import GavelIcon from '@mui/icons-material/Gavel';
import { Alert, Stack } from '@mui/material';
import { DateInput, required, TextInput, useRecordContext, useTranslate } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { today } from '../common/today';
import { useApiAction } from '../common/useApiAction';
import { useViewer } from '../common/useViewer';
import { CONFIRM_CONSEQUENCE, DISMISS_CONSEQUENCE } from '../providers/operations';
import { textLimit } from '../common/validation';

/**
 * MGT-2 What an admin decides on a proposed consequence: confirm it (a removal asks for the
 * effective date and the decision number, and records the main leader's exit, MGT-3), or dismiss
 * it with a reason.
 */
export const ConsequenceActions = (_props: { label?: string }) => {
  const record = useRecordContext();
  const { viewer } = useViewer();
  const translate = useTranslate();
  const run = useApiAction();
  if (!record || record.status !== 'PROPOSED' || !canAccess(viewer, 'edit', 'consequences', String(record.unitId))) return null;
  const id = String(record.id);
  const removal = record.kind === 'REMOVAL';
  const subject = (record.subjectName as string | undefined) ?? translate('app.consequence.no_subject');
  return (
    <Stack direction="row" spacing={1}>
      <ActionDialog
        label="app.consequence.confirm"
        title={removal ? 'app.consequence.confirm_removal_title' : 'app.consequence.confirm_admonishment_title'}
        titleArgs={{ name: subject }}
        icon={<GavelIcon />}
        color={removal ? 'error' : 'primary'}
        variant="contained"
        defaultValues={removal ? { effectiveDate: today(), decisionNumber: '' } : {}}
        intro={<Alert severity={removal ? 'warning' : 'info'}>{translate(removal ? 'app.consequence.confirm_removal_intro' : 'app.consequence.confirm_admonishment_intro', { name: subject })}</Alert>}
        onSubmit={(values) =>
          run(
            CONFIRM_CONSEQUENCE,
            removal
              ? { id, effectiveDate: (values.effectiveDate as string) || null, decisionNumber: String(values.decisionNumber ?? '').trim() || null }
              : { id },
            'app.consequence.confirmed',
          )
        }
      >
        {removal && <DateInput source="effectiveDate" label="resources.exitRecords.fields.effectiveDate" validate={required()} />}
        {removal && <TextInput source="decisionNumber" label="resources.exitRecords.fields.decisionNumber" validate={[required(), ...textLimit('ExitRecord', 'decisionNumber')]} />}
      </ActionDialog>
      <ActionDialog
        label="app.consequence.dismiss"
        title="app.consequence.dismiss_title"
        titleArgs={{ name: subject }}
        icon={<BlockIcon />}
        color="inherit"
        defaultValues={{ reason: '' }}
        onSubmit={(values) => run(DISMISS_CONSEQUENCE, { id, reason: String(values.reason ?? '').trim() }, 'app.consequence.dismissed')}
      >
        <TextInput source="reason" label="resources.consequences.fields.reason" validate={[required(), ...textLimit('Consequence', 'reason')]} multiline minRows={2} fullWidth />
      </ActionDialog>
    </Stack>
  );
};
