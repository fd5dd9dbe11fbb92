import {
  AutocompleteInput,
  Create,
  DateInput,
  FormDataConsumer,
  minValue,
  NumberInput,
  ReferenceInput,
  required,
  SimpleForm,
  TextInput,
  useRecordContext,
  useTranslate,
  type Validator,
} from 'react-admin';
import { Alert } from '@mui/material';
import { EnumInput } from '../common/EnumInput';
import { today } from '../common/today';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';
import { exitFieldsOf } from '../providers/customCreates';
import { textLimit } from '../common/validation';

const notAfter =
  (other: string, message: string): Validator =>
  (value: unknown, values: Record<string, unknown>) =>
    typeof value === 'string' && value !== '' && typeof values[other] === 'string' && values[other] !== '' && value > (values[other] as string) ? message : undefined;

const atMost =
  (other: string, message: string): Validator =>
  (value: unknown, values: Record<string, unknown>) =>
    typeof value === 'number' && typeof values[other] === 'number' && value > (values[other] as number) ? message : undefined;

/** MGT-3 What each kind's procedure records besides the common fields (the domain's `exitRequirements`). */
const KindFields = ({ kind }: { kind: unknown }) => {
  const fields = exitFieldsOf(kind);
  return (
    <>
      {fields.includes('submittedOn') && <DateInput source="submittedOn" validate={notAfter('effectiveDate', 'app.validation.submitted_after_effective')} />}
      {fields.includes('decisionNumber') && <TextInput source="decisionNumber" validate={textLimit('ExitRecord', 'decisionNumber')} />}
      {fields.includes('registeredVoters') && <NumberInput source="registeredVoters" validate={[required(), minValue(1)]} step={1} />}
      {fields.includes('votesCast') && (
        <NumberInput source="votesCast" validate={[required(), minValue(0), atMost('registeredVoters', 'app.validation.cast_over_registered')]} step={1} />
      )}
      {fields.includes('votesFor') && <NumberInput source="votesFor" validate={[required(), minValue(0), atMost('votesCast', 'app.validation.for_over_cast')]} step={1} />}
    </>
  );
};

const Consequences = () => {
  const translate = useTranslate();
  return (
    <Alert severity="info" sx={{ mb: 2, maxWidth: 640 }}>
      {translate('app.exit.consequences')}
    </Alert>
  );
};

/** The cadre: fixed when the form was opened from the cadre's page, else chosen. */
const CadreInput = () => {
  const record = useRecordContext();
  return (
    <ReferenceInput source="cadreId" reference="cadres" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput filterToQuery={(q: string) => ({ q })} validate={required()} readOnly={Boolean(record?.cadreId)} />
    </ReferenceInput>
  );
};

/**
 * MGT-3 An exit (admins): the kind first, then what every exit records (effective date, reason,
 * basis, approver, approval date) and what the kind's procedure adds. The API's field errors show
 * under the inputs.
 */
export const ExitCreate = () => {
  const onError = useSaveErrorHandler();
  return (
    <Create title="app.exit.record" redirect="show" mutationOptions={{ onError }}>
      <SimpleForm defaultValues={{ kind: 'RESIGNATION', effectiveDate: today() }}>
        <Consequences />
        <CadreInput />
        <EnumInput source="kind" enumName="exitKind" validate={required()} />
        <DateInput source="effectiveDate" validate={required()} />
        <TextInput source="reason" validate={[required(), ...textLimit('ExitRecord', 'reason')]} multiline minRows={2} fullWidth />
        <TextInput source="basis" validate={textLimit('ExitRecord', 'basis')} fullWidth />
        <TextInput source="approvedBy" validate={textLimit('ExitRecord', 'approvedBy')} helperText="app.exit.approver_help" />
        <DateInput source="approvedOn" validate={notAfter('effectiveDate', 'app.validation.approved_after_effective')} />
        <FormDataConsumer<{ kind?: string }>>{({ formData }) => <KindFields kind={formData.kind} />}</FormDataConsumer>
      </SimpleForm>
    </Create>
  );
};
