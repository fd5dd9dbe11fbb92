import {
  AutocompleteInput,
  DateInput,
  FormDataConsumer,
  Labeled,
  ReferenceField,
  ReferenceInput,
  required,
  TextInput,
  type Validator,
} from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { UnitField } from '../common/UnitField';
import { UnitInput } from '../common/UnitInput';
import { useViewer } from '../common/useViewer';
import { PostChoiceInput } from '../team/PostChoiceInput';
import { textLimit } from '../common/validation';

/** SEL-2 the end date, when there is one, is not before the start date */
const notBeforeStart: Validator = (value: unknown, values: Record<string, unknown>) =>
  typeof value === 'string' && value !== '' && typeof values.startDate === 'string' && value < values.startDate
    ? 'app.validation.end_before_start'
    : undefined;

/** Cadre and post of a new appointment, both of the unit chosen first (a unit user's own unit). */
const CadreAndPost = () => {
  const { allUnits } = useViewer();
  return (
    <>
      {/* only narrows the choices below: createAppointment takes the unit from the post */}
      <UnitInput validate={required()} readOnly={!allUnits} />
      <FormDataConsumer<{ unitId?: string }>>
        {({ formData }) => {
          const unitId = formData.unitId;
          const filter = unitId ? { unitId } : {};
          return (
            <>
              <ReferenceInput source="cadreId" reference="cadres" filter={filter} sort={{ field: 'name', order: 'ASC' }}>
                <AutocompleteInput
                  filterToQuery={(q: string) => ({ q })}
                  validate={required()}
                  disabled={!unitId}
                  helperText={unitId ? undefined : 'app.appointment.unit_first'}
                />
              </ReferenceInput>
              <PostChoiceInput unitId={unitId} validate={required()} disabled={!unitId} />
            </>
          );
        }}
      </FormDataConsumer>
    </>
  );
};

/** SEL-2 The form body shared by AppointmentCreate and AppointmentEdit. */
export const AppointmentInputs = ({ mode }: { mode: 'create' | 'edit' }) => (
  <>
    {mode === 'create' ? (
      <CadreAndPost />
    ) : (
      <>
        <Labeled source="unitId">
          <UnitField />
        </Labeled>
        <Labeled source="cadreId">
          <ReferenceField source="cadreId" reference="cadres" link="show" />
        </Labeled>
        <Labeled source="postId">
          <ReferenceField source="postId" reference="posts" link={false} />
        </Labeled>
      </>
    )}
    <DateInput source="startDate" validate={required()} />
    <DateInput source="endDate" validate={notBeforeStart} />
    <EnumInput source="selectionMethod" enumName="selectionMethod" />
    <TextInput source="note" multiline minRows={2} validate={textLimit('Appointment', 'note')} />
  </>
);
