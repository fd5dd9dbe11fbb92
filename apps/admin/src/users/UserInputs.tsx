import { Role } from '@liangwei/domain';
import {
  BooleanInput,
  FormDataConsumer,
  Labeled,
  minLength,
  PasswordInput,
  required,
  TextField,
  TextInput,
} from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { UnitInput } from '../common/UnitInput';
import { textLimit } from '../common/validation';

/**
 * ROLE-1..3 The form body shared by UserCreate and UserEdit. A unit user belongs to a unit; the
 * subdistrict roles do not. PII rights matter for analysts (ROLE-2).
 */
export const UserInputs = ({ mode }: { mode: 'create' | 'edit' }) => (
  <>
    {mode === 'create' ? (
      <TextInput source="username" validate={[required(), minLength(2), ...textLimit('User', 'username')]} />
    ) : (
      <Labeled source="username">
        <TextField source="username" />
      </Labeled>
    )}
    <TextInput source="displayName" validate={textLimit('User', 'displayName')} helperText="app.user.display_name_help" />
    <PasswordInput
      source="password"
      validate={mode === 'create' ? [required(), minLength(8), ...textLimit('User', 'password')] : [minLength(8), ...textLimit('User', 'password')]}
      helperText={mode === 'edit' ? 'app.user.password_help' : undefined}
      autoComplete="new-password"
    />
    <EnumInput source="role" enumName="role" validate={required()} />
    <FormDataConsumer<{ role?: string }>>
      {({ formData }) =>
        formData.role === Role.UNIT_USER ? <UnitInput validate={required()} /> : null
      }
    </FormDataConsumer>
    <BooleanInput source="piiGranted" />
    {mode === 'edit' ? <BooleanInput source="active" /> : null}
  </>
);

/** What is sent: no unit for subdistrict roles, no password when it is left empty. */
export function userPayload(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...data };
  if (out.role !== Role.UNIT_USER) out.unitId = null;
  if (out.password == null || out.password === '') delete out.password;
  return out;
}
