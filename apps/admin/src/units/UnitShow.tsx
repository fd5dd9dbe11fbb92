import { DataTable, EditButton, Labeled, ReferenceManyField, Show, SimpleShowLayout, TextField, TopToolbar, WithRecord } from 'react-admin';
import { TeamView } from '../team/TeamView';
import { DossierButton } from '../dossier/DossierButton';
import { CheckField } from '../common/CheckField';
import { EnumField } from '../common/EnumField';
import { DateTimeText } from '../common/DateText';

export const UnitShow = () => (
  <Show
    actions={
      <TopToolbar>
        <DossierButton />
        <EditButton />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <TextField source="name" />
      <EnumField source="kind" enumName="unitKind" />
      <TextField source="code" />
      <DateTimeText source="updatedAt" />
      <Labeled label="app.team.title" fullWidth>
        <WithRecord render={(unit) => <TeamView unitId={String(unit.id)} />} />
      </Labeled>
      <Labeled label="app.unit.posts" fullWidth>
        <ReferenceManyField reference="posts" target="unitId" sort={{ field: 'title', order: 'ASC' }} perPage={100}>
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="title">
              <EnumField source="title" enumName="postTitle" />
            </DataTable.Col>
            <DataTable.Col source="name" />
            <DataTable.Col source="isMainLeader" field={CheckField} disableSort />
          </DataTable>
        </ReferenceManyField>
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
