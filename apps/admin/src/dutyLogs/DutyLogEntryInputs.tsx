import { AutocompleteInput, DateInput, ReferenceInput, required, TextInput } from 'react-admin';
import { notInFuture, textLimit } from '../common/validation';

/** INS-2 One entry of a cadre's duty log (履责全程纪实日志): the day, what was done, a category. */
export const DutyLogEntryInputs = ({ edit = false }: { edit?: boolean }) => (
  <>
    <ReferenceInput source="cadreId" reference="cadres" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput filterToQuery={(q: string) => ({ q })} validate={required()} readOnly={edit} />
    </ReferenceInput>
    <DateInput source="date" validate={[required(), notInFuture]} />
    <TextInput source="category" validate={textLimit('DutyLogEntry', 'category')} helperText="app.duty_log.category_help" />
    <TextInput source="content" validate={[required(), ...textLimit('DutyLogEntry', 'content')]} multiline minRows={3} fullWidth />
  </>
);
