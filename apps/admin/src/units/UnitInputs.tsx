import { required, TextInput } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { textLimit } from '../common/validation';

/** ORG-2 The form body shared by UnitCreate and UnitEdit. */
export const UnitInputs = () => (
  <>
    <TextInput source="name" validate={[required(), ...textLimit('Unit', 'name')]} />
    <EnumInput source="kind" enumName="unitKind" validate={required()} />
    <TextInput source="code" validate={textLimit('Unit', 'code')} />
  </>
);
