import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { UnitField } from '../common/UnitField';

export const AppointmentShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="cadreId" reference="cadres" link="show" />
      <UnitField source="unitId" />
      <ReferenceField source="postId" reference="posts" link="show" />
      <TextField source="startDate" />
      <TextField source="endDate" />
      <EnumField source="selectionMethod" enumName="selectionMethod" />
      <EnumField source="status" enumName="appointmentStatus" />
      <TextField source="note" />
    </SimpleShowLayout>
  </Show>
);
