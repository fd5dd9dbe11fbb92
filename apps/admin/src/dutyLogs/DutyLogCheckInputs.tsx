import { MonthInput } from '../common/MonthInput';
import { AutocompleteInput, RadioButtonGroupInput, ReferenceInput, required, TextInput } from 'react-admin';
import { enumChoices } from '../common/enums';
import { monthNotInFuture, textLimit } from '../common/validation';
import { remarksWhenFailed } from '../pay/RecordCheckButton';

/** INS-2 The month's check of a secretary's duty log: pass, or fail with remarks. The cadre and month are fixed once recorded. */
export const DutyLogCheckInputs = ({ edit = false }: { edit?: boolean }) => (
  <>
    <ReferenceInput source="cadreId" reference="cadres" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput filterToQuery={(q: string) => ({ q })} validate={required()} readOnly={edit} helperText="app.duty_log.secretary_help" />
    </ReferenceInput>
    <MonthInput source="month" validate={[required(), monthNotInFuture]} readOnly={edit} />
    <RadioButtonGroupInput source="outcome" choices={enumChoices('logCheckOutcome')} validate={required()} row />
    <TextInput source="remarks" validate={[remarksWhenFailed, ...textLimit('DutyLogCheck', 'remarks')]} multiline minRows={2} fullWidth helperText="app.duty_log.remarks_help" />
  </>
);
