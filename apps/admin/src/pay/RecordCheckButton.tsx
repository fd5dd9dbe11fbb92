import { canAccess } from '@liangwei/domain';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import { Typography } from '@mui/material';
import { RadioButtonGroupInput, required, TextInput, useLocaleState, useRecordContext, useTranslate, type Validator } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { enumChoices } from '../common/enums';
import { useApiAction } from '../common/useApiAction';
import { useViewer } from '../common/useViewer';
import { CREATE_DUTY_LOG_CHECK } from '../providers/operations';
import { formatMonth } from './months';
import { textLimit } from '../common/validation';

/** INS-2 a failed check says why */
export const remarksWhenFailed: Validator = (value: unknown, values: Record<string, unknown>) =>
  values.outcome === 'FAIL' && (typeof value !== 'string' || value.trim() === '') ? 'app.duty_log.remarks_required' : undefined;

/** INS-2 An admin records the month's check of a secretary's duty log from the allowance report. */
export const RecordCheckButton = (_props: { label?: string }) => {
  const record = useRecordContext();
  const { viewer } = useViewer();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const run = useApiAction();
  if (!record || record.reason !== 'NOT_CHECKED' || !canAccess(viewer, 'create', 'dutyLogChecks', String(record.unitId))) return null;
  return (
    <ActionDialog
      label="app.duty_log.record_check"
      title="app.duty_log.record_check_title"
      titleArgs={{ name: record.name, month: formatMonth(String(record.month), locale) }}
      icon={<FactCheckIcon />}
      color="primary"
      defaultValues={{ outcome: 'PASS', remarks: '' }}
      intro={<Typography variant="body2">{translate('app.duty_log.check_intro')}</Typography>}
      onSubmit={(values) =>
        run(
          CREATE_DUTY_LOG_CHECK,
          { cadreId: String(record.cadreId), month: String(record.month), outcome: values.outcome as 'PASS' | 'FAIL', remarks: String(values.remarks ?? '').trim() || null },
          'app.duty_log.check_recorded',
        )
      }
    >
      <RadioButtonGroupInput source="outcome" label="resources.dutyLogChecks.fields.outcome" choices={enumChoices('logCheckOutcome')} validate={required()} row />
      <TextInput source="remarks" label="resources.dutyLogChecks.fields.remarks" validate={[remarksWhenFailed, ...textLimit('DutyLogCheck', 'remarks')]} multiline minRows={2} fullWidth />
    </ActionDialog>
  );
};
