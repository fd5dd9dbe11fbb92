import { maxLength, required, TextInput } from 'react-admin';
import { EnumInput } from '../common/EnumInput';

/** ORG-2 The form body shared by UnitCreate and UnitEdit. */
export const UnitInputs = () => (
  <>
    <TextInput source="name" validate={[required(), maxLength(100)]} />
    <EnumInput source="kind" enumName="unitKind" validate={required()} />
    <TextInput source="code" validate={maxLength(50)} />
  </>
);
