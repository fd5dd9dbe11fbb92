import {
  FormDataConsumer,
  Labeled,
  RadioButtonGroupInput,
  ReferenceField,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
} from 'react-admin';
import { Box } from '@mui/material';
import { AppointmentLabel } from '../appointments/AppointmentLabel';
import { enumChoices } from '../common/enums';
import { EnumInput } from '../common/EnumInput';
import { UnitField } from '../common/UnitField';
import { UnitInput } from '../common/UnitInput';
import { criteria } from './criteria';
import { textLimit } from '../common/validation';

/** SEL-3..5 The form body shared by SelectionCreate and SelectionEdit; the appointment is chosen on creation only. */
export const SelectionInputs = ({ mode }: { mode: 'create' | 'edit' }) => (
  <>
    {mode === 'create' ? (
      <>
        <UnitInput source="unitId" validate={required()} />
        <FormDataConsumer<{ unitId?: string }>>
          {({ formData }) => (
            <ReferenceInput
              source="appointmentId"
              reference="appointments"
              filter={formData.unitId ? { unitId: formData.unitId, status: 'CURRENT' } : { status: 'CURRENT' }}
              sort={{ field: 'startDate', order: 'DESC' }}
              perPage={100}
            >
              <SelectInput
                optionText={<AppointmentLabel />}
                validate={required()}
                disabled={!formData.unitId}
                helperText={formData.unitId ? 'app.selection.appointment_help' : 'app.appointment.unit_first'}
              />
            </ReferenceInput>
          )}
        </FormDataConsumer>
      </>
    ) : (
      <>
        <Labeled source="unitId">
          <UnitField />
        </Labeled>
        <Labeled source="appointmentId">
          <ReferenceField source="appointmentId" reference="appointments" link="show" />
        </Labeled>
      </>
    )}
    <EnumInput source="sourceCategory" enumName="sourceCategory" validate={required()} />
    <FormDataConsumer<{ sourceCategory?: string }>>
      {({ formData }) =>
        formData.sourceCategory === 'DISPATCHED' ? (
          <>
            <TextInput source="dispatchedFrom" validate={[required(), ...textLimit('SecretarySelection', 'dispatchedFrom')]} fullWidth />
            <TextInput source="noLocalCandidateReason" validate={[required(), ...textLimit('SecretarySelection', 'noLocalCandidateReason')]} multiline minRows={2} fullWidth />
          </>
        ) : null
      }
    </FormDataConsumer>
    <EnumInput source="method" enumName="selectionMethod" validate={required()} />
    <Box sx={{ mt: 1 }}>
      {criteria.map((c) => (
        <RadioButtonGroupInput key={c} source={c} choices={enumChoices('judgement')} validate={required()} row />
      ))}
    </Box>
    <TextInput source="note" multiline minRows={2} validate={textLimit('SecretarySelection', 'note')} fullWidth />
  </>
);
