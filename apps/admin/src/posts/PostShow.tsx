import { BooleanField, DataTable, Labeled, ReferenceField, ReferenceManyField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { UnitField } from '../common/UnitField';
import { DateText } from '../common/DateText';

export const PostShow = () => (
  <Show>
    <SimpleShowLayout>
      <UnitField source="unitId" />
      <EnumField source="title" enumName="postTitle" />
      <TextField source="name" />
      <BooleanField source="isMainLeader" />
      <Labeled label="app.post.appointments" fullWidth>
        <ReferenceManyField reference="appointments" target="postId" sort={{ field: 'startDate', order: 'DESC' }} perPage={50}>
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="cadreId">
              <ReferenceField source="cadreId" reference="cadres" link="show" />
            </DataTable.Col>
            <DataTable.Col source="startDate" field={DateText} />
            <DataTable.Col source="endDate" field={DateText} />
            <DataTable.Col source="status" disableSort>
              <EnumField source="status" enumName="appointmentStatus" />
            </DataTable.Col>
          </DataTable>
        </ReferenceManyField>
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
