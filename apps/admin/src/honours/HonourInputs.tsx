import { AutocompleteInput, DateInput, ReferenceInput, required, TextInput, useRecordContext } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { notInFuture, textLimit } from '../common/validation';

/** PAY-6 An honour or recommendation of a cadre: its kind, date and what it was. */
export const HonourInputs = ({ edit = false }: { edit?: boolean }) => {
  const record = useRecordContext();
  return (
    <>
      <ReferenceInput source="cadreId" reference="cadres" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput filterToQuery={(q: string) => ({ q })} validate={required()} readOnly={edit || Boolean(record?.cadreId)} />
      </ReferenceInput>
      <EnumInput source="kind" enumName="honourKind" validate={required()} />
      <DateInput source="date" validate={[required(), notInFuture]} />
      <TextInput source="description" validate={textLimit('Honour', 'description')} multiline minRows={2} fullWidth />
    </>
  );
};
