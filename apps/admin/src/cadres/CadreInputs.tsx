import { isValidIdNumber } from '@liangwei/domain';
import {
  BooleanInput,
  DateInput,
  Labeled,
  regex,
  required,
  TextInput,
  type Validator,
} from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { UnitField } from '../common/UnitField';
import { UnitInput } from '../common/UnitInput';
import { useViewer } from '../common/useViewer';
import { textLimit } from '../common/validation';
import { CadreFormInputs } from './CadreFormInputs';

/** SEL-1 the GB 11643 checksum of an ID number, checked before the server checks it again */
const idNumber: Validator = (value: unknown) =>
  typeof value === 'string' && value !== '' && !value.includes('*') && !isValidIdNumber(value) ? 'app.validation.id_number' : undefined;

const phone = regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, 'app.validation.phone');

/** SEL-1 The form body shared by CadreCreate and CadreEdit; the unit is chosen on creation only. */
export const CadreInputs = ({ mode }: { mode: 'create' | 'edit' }) => {
  const { allUnits } = useViewer();
  return (
    <>
      {mode === 'create' ? (
        <UnitInput validate={required()} readOnly={!allUnits} />
      ) : (
        <Labeled source="unitId">
          <UnitField />
        </Labeled>
      )}
      <TextInput source="name" validate={[required(), ...textLimit('Cadre', 'name')]} />
      <EnumInput source="gender" enumName="gender" validate={required()} />
      <DateInput source="birthDate" validate={required()} />
      <TextInput source="ethnicity" validate={textLimit('Cadre', 'ethnicity')} />
      <EnumInput source="education" enumName="education" />
      <EnumInput source="politicalStatus" enumName="politicalStatus" />
      <TextInput source="phone" validate={[phone, ...textLimit('Cadre', 'phone')]} />
      <TextInput source="idNumber" validate={[idNumber, ...textLimit('Cadre', 'idNumber')]} />
      <BooleanInput source="isCollegeGraduateOfficial" />
      <TextInput source="note" multiline minRows={2} validate={textLimit('Cadre', 'note')} />
      <CadreFormInputs />
    </>
  );
};
