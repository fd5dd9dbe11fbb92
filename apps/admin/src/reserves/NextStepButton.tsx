import GavelIcon from '@mui/icons-material/Gavel';
import { DateInput, Labeled, RadioButtonGroupInput, ReferenceField, required, TextInput, useRecordContext, useTranslate, type ButtonProps } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { enumKey } from '../common/enums';
import { today } from '../common/today';
import { useApiAction } from '../common/useApiAction';
import { useViewer } from '../common/useViewer';
import { STEP_MUTATIONS } from '../providers/operations';
import { nextStepOf, stepActionKey, stepNoteKey, stepVariables } from './nextStep';
import { textLimit } from '../common/validation';

const decisions = [
  { id: 'APPROVE', name: 'app.reserve.approve' },
  { id: 'REJECT', name: 'app.reserve.reject' },
];

const notInFuture = (value: unknown) => (typeof value === 'string' && value > today() ? 'app.validation.future_date' : undefined);

/**
 * RES-3 The one next step of a candidacy the viewer may take, as one button: a unit user sees
 * 提议 or 集体审议 on its own candidates, the admin 办事处审查 after the two committees' review;
 * the analyst sees nothing. The dialog records the decision, the date and the note (minutes).
 */
export const NextStepButton = ({ variant = 'outlined' }: { variant?: ButtonProps['variant']; label?: string }) => {
  const record = useRecordContext();
  const { viewer } = useViewer();
  const translate = useTranslate();
  const run = useApiAction();
  const step = nextStepOf(record, viewer);
  if (!record || !step) return null;
  return (
    <ActionDialog
      label={stepActionKey(step)}
      title="app.reserve.step_title"
      titleArgs={{ step: translate(enumKey('reserveStep', step)) }}
      icon={<GavelIcon />}
      variant={variant}
      color="primary"
      submitLabel="ra.action.confirm"
      defaultValues={{ decision: 'APPROVE', date: today(), note: '' }}
      intro={
        <Labeled label="resources.reserveCandidates.fields.cadreId">
          <ReferenceField source="cadreId" reference="cadres" link={false} />
        </Labeled>
      }
      onSubmit={(values) => run(STEP_MUTATIONS[step], stepVariables(String(record.id), values), 'app.reserve.step_done')}
    >
      <RadioButtonGroupInput source="decision" label="app.reserve.decision" choices={decisions} validate={required()} row />
      <DateInput source="date" label="app.reserve.step_date" validate={[required(), notInFuture]} />
      <TextInput source="note" label={stepNoteKey(step)} validate={textLimit('ReserveStepRecord', 'note')} multiline minRows={3} fullWidth />
    </ActionDialog>
  );
};
