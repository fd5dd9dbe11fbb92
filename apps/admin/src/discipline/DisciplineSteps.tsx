import { allowedDisciplineSteps, DISCIPLINE_EXIT_KINDS, type DisciplineStatus, type DisciplineStep } from '@liangwei/domain';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import GavelIcon from '@mui/icons-material/Gavel';
import LockIcon from '@mui/icons-material/Lock';
import ReplyIcon from '@mui/icons-material/Reply';
import UndoIcon from '@mui/icons-material/Undo';
import { Alert, Stack } from '@mui/material';
import { DateInput, FormDataConsumer, required, SelectInput, TextInput, useRecordContext, useTranslate } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { EnumInput } from '../common/EnumInput';
import { enumKey } from '../common/enums';
import { today } from '../common/today';
import { useApiAction } from '../common/useApiAction';
import { useViewer } from '../common/useViewer';
import { notInFuture, textLimit } from '../common/validation';
import {
  ACCEPT_DISCIPLINE_RECTIFICATION,
  ANSWER_DISCIPLINE_RECTIFICATION,
  CLOSE_DISCIPLINE_CASE,
  DECIDE_DISCIPLINE_CASE,
  RETURN_DISCIPLINE_RECTIFICATION,
  decideVariables,
} from './operations';

const exitChoices = DISCIPLINE_EXIT_KINDS.map((kind) => ({ id: kind, name: enumKey('exitKind', kind) }));
const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/**
 * MGT-1 The steps the viewer may take on a case, from the domain's state machine (the API decides
 * again): decide (admin), answer the rectification (the unit), accept or return it, close.
 */
export const DisciplineSteps = (_props: { label?: string }) => {
  const record = useRecordContext();
  const { viewer } = useViewer();
  const translate = useTranslate();
  const run = useApiAction();
  if (!record || !viewer) return null;
  const id = String(record.id);
  const version = typeof record.version === 'number' ? record.version : null;
  const steps: DisciplineStep[] = allowedDisciplineSteps(record.status as DisciplineStatus, viewer.role);
  if (steps.length === 0) return null;
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {steps.includes('DECIDE') && (
        <ActionDialog
          label="app.discipline.step.DECIDE"
          icon={<GavelIcon />}
          variant="contained"
          defaultValues={{ level: 'CRITICISM', decidedOn: today(), decision: '', rectificationRequirement: '', exitKind: '', exitEffectiveDate: today() }}
          intro={<Alert severity="info">{translate('app.discipline.decide_intro')}</Alert>}
          onSubmit={(values) => run(DECIDE_DISCIPLINE_CASE, decideVariables(id, version, values), 'app.discipline.done.DECIDE')}
        >
          <EnumInput source="level" enumName="disciplineLevel" label="resources.disciplineCases.fields.level" validate={required()} />
          <TextInput source="decision" label="resources.disciplineCases.fields.decision" validate={[required(), ...textLimit('DisciplineCase', 'decision')]} multiline minRows={3} fullWidth />
          <TextInput source="decisionNumber" label="resources.disciplineCases.fields.decisionNumber" validate={textLimit('DisciplineCase', 'decisionNumber')} />
          <DateInput source="decidedOn" label="resources.disciplineCases.fields.decidedOn" validate={[required(), notInFuture]} />
          <TextInput source="rectificationRequirement" label="resources.disciplineCases.fields.rectificationRequirement" helperText="app.discipline.rectification_help" validate={textLimit('DisciplineCase', 'rectificationRequirement')} multiline minRows={2} fullWidth />
          <DateInput source="rectificationDeadline" label="resources.disciplineCases.fields.rectificationDeadline" />
          <FormDataConsumer>
            {({ formData }) =>
              formData.level && formData.level !== 'CRITICISM' ? (
                <>
                  <SelectInput source="exitKind" label="app.discipline.exit_kind" choices={exitChoices} emptyText="app.discipline.no_exit" helperText="app.discipline.exit_help" />
                  {trimmed(formData.exitKind) && <DateInput source="exitEffectiveDate" label="resources.exitRecords.fields.effectiveDate" validate={required()} />}
                </>
              ) : null
            }
          </FormDataConsumer>
        </ActionDialog>
      )}
      {steps.includes('ANSWER') && (
        <ActionDialog
          label="app.discipline.step.ANSWER"
          icon={<ReplyIcon />}
          variant="contained"
          defaultValues={{ answer: '', answeredOn: today() }}
          intro={record.rectificationRequirement ? <Alert severity="info">{String(record.rectificationRequirement)}</Alert> : undefined}
          onSubmit={(values) => run(ANSWER_DISCIPLINE_RECTIFICATION, { id, version, answer: trimmed(values.answer), answeredOn: (values.answeredOn as string) || null }, 'app.discipline.done.ANSWER')}
        >
          <TextInput source="answer" label="resources.disciplineCases.fields.rectificationAnswer" validate={[required(), ...textLimit('DisciplineCase', 'rectificationAnswer')]} multiline minRows={3} fullWidth />
          <DateInput source="answeredOn" label="resources.disciplineCases.fields.answeredOn" validate={[required(), notInFuture]} />
        </ActionDialog>
      )}
      {steps.includes('ACCEPT') && (
        <ActionDialog
          label="app.discipline.step.ACCEPT"
          icon={<CheckCircleIcon />}
          color="success"
          variant="contained"
          defaultValues={{ note: '' }}
          onSubmit={(values) => run(ACCEPT_DISCIPLINE_RECTIFICATION, { id, version, note: trimmed(values.note) || null }, 'app.discipline.done.ACCEPT')}
        >
          <TextInput source="note" label="resources.disciplineCases.fields.acceptanceNote" validate={textLimit('DisciplineCase', 'acceptanceNote')} multiline minRows={2} fullWidth />
        </ActionDialog>
      )}
      {steps.includes('RETURN') && (
        <ActionDialog
          label="app.discipline.step.RETURN"
          icon={<UndoIcon />}
          color="warning"
          defaultValues={{ reason: '' }}
          onSubmit={(values) => run(RETURN_DISCIPLINE_RECTIFICATION, { id, version, reason: trimmed(values.reason) }, 'app.discipline.done.RETURN')}
        >
          <TextInput source="reason" label="resources.disciplineCases.fields.returnReason" validate={[required(), ...textLimit('DisciplineCase', 'returnReason')]} multiline minRows={2} fullWidth />
        </ActionDialog>
      )}
      {steps.includes('CLOSE') && (
        <ActionDialog
          label="app.discipline.step.CLOSE"
          icon={<LockIcon />}
          color="inherit"
          defaultValues={{ note: '' }}
          onSubmit={(values) => run(CLOSE_DISCIPLINE_CASE, { id, version, note: trimmed(values.note) || null }, 'app.discipline.done.CLOSE')}
        >
          <TextInput source="note" label="resources.disciplineCases.fields.closingNote" validate={textLimit('DisciplineCase', 'closingNote')} multiline minRows={2} fullWidth />
        </ActionDialog>
      )}
    </Stack>
  );
};
