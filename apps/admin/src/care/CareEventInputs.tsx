import { AutocompleteInput, DateInput, FormDataConsumer, ReferenceInput, required, TextInput } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { notInFuture, textLimit } from '../common/validation';
import { LeaderInputs } from './LeaderInputs';

/** PAY-5 A home visit or a physical exam of a secretary; a home visit names its leader. */
export const CareEventInputs = ({ edit = false }: { edit?: boolean }) => (
  <>
    <ReferenceInput source="cadreId" reference="cadres" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput filterToQuery={(q: string) => ({ q })} validate={required()} readOnly={edit} />
    </ReferenceInput>
    <EnumInput source="kind" enumName="careKind" validate={required()} />
    <DateInput source="date" validate={[required(), notInFuture]} />
    <FormDataConsumer>{({ formData }) => (formData.kind === 'HOME_VISIT' ? <LeaderInputs /> : null)}</FormDataConsumer>
    <TextInput source="note" validate={textLimit('CareEvent', 'note')} multiline minRows={2} fullWidth />
  </>
);
