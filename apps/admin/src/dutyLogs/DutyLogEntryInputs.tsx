import { AutocompleteInput, DateInput, maxLength, ReferenceInput, required, TextInput } from 'react-admin';
import { notInFuture } from '../common/validation';

/** INS-2 One entry of a cadre's duty log (履责全程纪实日志): the day, what was done, a category. */
export const DutyLogEntryInputs = ({ edit = false }: { edit?: boolean }) => (
  <>
    <ReferenceInput source="cadreId" reference="cadres" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput filterToQuery={(q: string) => ({ q })} validate={required()} readOnly={edit} />
    </ReferenceInput>
    <DateInput source="date" validate={[required(), notInFuture]} />
    <TextInput source="category" validate={maxLength(50)} helperText="app.duty_log.category_help" />
    <TextInput source="content" validate={[required(), maxLength(2000)]} multiline minRows={3} fullWidth />
  </>
);
