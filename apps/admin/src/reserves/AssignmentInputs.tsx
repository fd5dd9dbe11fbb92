import { DateInput, Labeled, ReferenceField, required, TextInput, type Validator } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { textLimit } from '../common/validation';

const notBeforeStart: Validator = (value: unknown, values: Record<string, unknown>) =>
  typeof value === 'string' && value !== '' && typeof values.startDate === 'string' && value < values.startDate ? 'app.validation.end_before_start' : undefined;

/** RES-5 A development assignment of a reserve: broad exposure or an independent responsibility. */
export const AssignmentInputs = () => (
  <>
    <Labeled source="reserveCandidateId">
      <ReferenceField source="reserveCandidateId" reference="reserveCandidates" link="show" />
    </Labeled>
    <EnumInput source="kind" enumName="assignmentKind" validate={required()} />
    <TextInput source="title" validate={[required(), ...textLimit('ReserveAssignment', 'title')]} fullWidth />
    <DateInput source="startDate" validate={required()} />
    <DateInput source="endDate" validate={notBeforeStart} />
    <TextInput source="outcome" multiline minRows={2} validate={textLimit('ReserveAssignment', 'outcome')} fullWidth />
  </>
);
