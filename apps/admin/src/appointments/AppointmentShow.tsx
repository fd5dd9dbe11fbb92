import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { UnitField } from '../common/UnitField';
import { DateText } from '../common/DateText';

export const AppointmentShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="cadreId" reference="cadres" link="show" />
      <UnitField source="unitId" />
      <ReferenceField source="postId" reference="posts" link="show" />
      <DateText source="startDate" />
      <DateText source="endDate" />
      <EnumField source="selectionMethod" enumName="selectionMethod" />
      <EnumField source="status" enumName="appointmentStatus" />
      <TextField source="note" />
    </SimpleShowLayout>
  </Show>
);
