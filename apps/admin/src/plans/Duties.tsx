import { Create, DataTable, Edit, List, NumberInput, ReferenceField, ReferenceInput, SelectInput, SimpleForm, TextField, TextInput, required } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { UnitField } from '../common/UnitField';
import { UnitInput } from '../common/UnitInput';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';
import { useViewer } from '../common/useViewer';
import { textLimit } from '../common/validation';

// ---- TGT-1 the subdistrict's duty templates per post title

export const DutyTemplateList = () => (
  <List perPage={25} sort={{ field: 'title', order: 'ASC' }} exporter={false}>
    <DataTable rowClick="edit" bulkActionButtons={false}>
      <DataTable.Col source="title">
        <EnumField source="title" enumName="postTitle" />
      </DataTable.Col>
      <DataTable.Col source="duties" disableSort field={TextField} />
    </DataTable>
  </List>
);

export const DutyTemplateCreate = () => {
  const onError = useSaveErrorHandler();
  return (
    <Create redirect="list" mutationOptions={{ onError }}>
      <SimpleForm>
        <EnumInput source="title" enumName="postTitle" validate={required()} />
        <TextInput source="duties" validate={[required(), ...textLimit('DutyTemplate', 'duties')]} multiline minRows={4} fullWidth />
      </SimpleForm>
    </Create>
  );
};

export const DutyTemplateEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" redirect="list" mutationOptions={{ onError }}>
      <SimpleForm>
        <EnumInput source="title" enumName="postTitle" readOnly />
        <TextInput source="duties" validate={[required(), ...textLimit('DutyTemplate', 'duties')]} multiline minRows={4} fullWidth />
      </SimpleForm>
    </Edit>
  );
};

// ---- TGT-1 a post's own duties (the unit refines its own)

export const PostDutyList = () => {
  const { allUnits } = useViewer();
  return (
    <List filters={allUnits ? [<UnitInput key="unitId" source="unitId" alwaysOn />] : []} perPage={25} exporter={false}>
      <DataTable rowClick="edit" bulkActionButtons={false}>
        <DataTable.Col source="unitId">
          <UnitField link={false} />
        </DataTable.Col>
        <DataTable.Col source="postId">
          <ReferenceField source="postId" reference="posts" link={false} />
        </DataTable.Col>
        <DataTable.Col source="duties" disableSort field={TextField} />
      </DataTable>
    </List>
  );
};

export const PostDutyCreate = () => {
  const onError = useSaveErrorHandler();
  return (
    <Create redirect="list" mutationOptions={{ onError }}>
      <SimpleForm>
        <ReferenceInput source="postId" reference="posts" perPage={200}>
          <SelectInput optionText="name" validate={required()} />
        </ReferenceInput>
        <TextInput source="duties" validate={[required(), ...textLimit('PostDuty', 'duties')]} multiline minRows={4} fullWidth />
      </SimpleForm>
    </Create>
  );
};

export const PostDutyEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" redirect="list" mutationOptions={{ onError }}>
      <SimpleForm>
        <ReferenceInput source="postId" reference="posts">
          <SelectInput optionText="name" readOnly />
        </ReferenceInput>
        <TextInput source="duties" validate={[required(), ...textLimit('PostDuty', 'duties')]} multiline minRows={4} fullWidth />
      </SimpleForm>
    </Edit>
  );
};

// ---- TGT-1 term targets

export const TermTargetList = () => {
  const { allUnits } = useViewer();
  return (
    <List filters={allUnits ? [<UnitInput key="unitId" source="unitId" alwaysOn />] : []} perPage={25} sort={{ field: 'startYear', order: 'DESC' }} exporter={false}>
      <DataTable rowClick="edit" bulkActionButtons={false}>
        <DataTable.Col source="unitId">
          <UnitField link={false} />
        </DataTable.Col>
        <DataTable.Col source="startYear" />
        <DataTable.Col source="endYear" disableSort />
        <DataTable.Col source="content" disableSort field={TextField} />
        <DataTable.Col source="note" disableSort field={TextField} />
      </DataTable>
    </List>
  );
};

const TermTargetInputs = ({ edit = false }: { edit?: boolean }) => {
  const { allUnits } = useViewer();
  return (
    <>
      <UnitInput validate={required()} disabled={edit || !allUnits} />
      <NumberInput source="startYear" validate={required()} min={1900} max={2100} />
      <NumberInput source="endYear" validate={required()} min={1900} max={2100} />
      <TextInput source="content" validate={[required(), ...textLimit('TermTarget', 'content')]} multiline minRows={3} fullWidth />
      <TextInput source="note" validate={textLimit('TermTarget', 'note')} multiline fullWidth />
    </>
  );
};

export const TermTargetCreate = () => {
  const { allUnits, ownUnitId } = useViewer();
  const onError = useSaveErrorHandler();
  return (
    <Create redirect="list" mutationOptions={{ onError }}>
      <SimpleForm defaultValues={{ unitId: allUnits ? undefined : ownUnitId, startYear: 2021, endYear: 2026 }}>
        <TermTargetInputs />
      </SimpleForm>
    </Create>
  );
};

export const TermTargetEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" redirect="list" mutationOptions={{ onError }}>
      <SimpleForm>
        <TermTargetInputs edit />
      </SimpleForm>
    </Edit>
  );
};
