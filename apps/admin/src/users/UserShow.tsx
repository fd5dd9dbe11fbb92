import { BooleanField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateTimeText } from '../common/DateText';
import { EnumField } from '../common/EnumField';
import { UnitField } from '../common/UnitField';

export const UserShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="displayName" emptyText="-" />
      <TextField source="username" />
      <EnumField source="role" enumName="role" />
      <UnitField source="unitId" />
      <BooleanField source="piiGranted" />
      <BooleanField source="active" />
      <DateTimeText source="lastLoginAt" />
      <DateTimeText source="createdAt" />
    </SimpleShowLayout>
  </Show>
);
