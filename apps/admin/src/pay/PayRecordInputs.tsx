import { AutocompleteInput, maxValue, minValue, NumberInput, ReferenceInput, required, TextInput } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { textLimit } from '../common/validation';

/** PAY-1 A cadre's pay of a year for one post (yuan per year). The cadre is fixed once recorded. */
export const PayRecordInputs = ({ edit = false }: { edit?: boolean }) => (
  <>
    <ReferenceInput source="cadreId" reference="cadres" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput filterToQuery={(q: string) => ({ q })} validate={required()} readOnly={edit} />
    </ReferenceInput>
    <NumberInput source="year" validate={[required(), minValue(2000), maxValue(2100)]} step={1} />
    <EnumInput source="title" enumName="postTitle" validate={required()} helperText="app.pay.title_help" />
    <NumberInput source="amount" validate={[required(), minValue(0), maxValue(10_000_000)]} step={100} helperText="app.pay.amount_help" />
    <TextInput source="note" validate={textLimit('PayRecord', 'note')} multiline minRows={2} fullWidth />
  </>
);
