import { Create, DeleteButton, Edit, NumberInput, ReferenceInput, AutocompleteInput, SaveButton, SimpleForm, TextInput, Toolbar, required, useRecordContext, type RaRecord } from 'react-admin';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';
import { textLimit } from '../common/validation';
import { yearMonth } from './CadreFormInputs';

/** After saving or deleting a line, back to its cadre. */
const toCadre = (_resource?: string, _id?: unknown, data?: Partial<RaRecord>) => (data?.cadreId ? `cadres/${String(data.cadreId)}/show` : 'cadres');

const CadreInput = ({ readOnly }: { readOnly?: boolean }) => (
  <ReferenceInput source="cadreId" reference="cadres">
    <AutocompleteInput optionText="name" validate={required()} readOnly={readOnly} />
  </ReferenceInput>
);

const EditToolbar = () => {
  const record = useRecordContext();
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      <DeleteButton mutationMode="pessimistic" redirect={() => toCadre(undefined, undefined, record)} />
    </Toolbar>
  );
};

const ResumeLineInputs = ({ edit }: { edit?: boolean }) => (
  <>
    <CadreInput readOnly={edit} />
    {edit && <NumberInput source="position" min={1} max={999} step={1} />}
    <TextInput source="fromMonth" helperText="app.cadre_form.month_hint" validate={[required(), yearMonth, ...textLimit('CadreResumeLine', 'fromMonth')]} />
    <TextInput source="toMonth" helperText="app.cadre_form.month_hint" validate={[yearMonth, ...textLimit('CadreResumeLine', 'toMonth')]} />
    <TextInput source="content" fullWidth validate={[required(), ...textLimit('CadreResumeLine', 'content')]} />
  </>
);

const FamilyMemberInputs = ({ edit }: { edit?: boolean }) => (
  <>
    <CadreInput readOnly={edit} />
    {edit && <NumberInput source="position" min={1} max={999} step={1} />}
    <TextInput source="relation" validate={[required(), ...textLimit('CadreFamilyMember', 'relation')]} />
    <TextInput source="name" validate={[required(), ...textLimit('CadreFamilyMember', 'name')]} />
    <TextInput source="birthMonth" helperText="app.cadre_form.month_hint" validate={[yearMonth, ...textLimit('CadreFamilyMember', 'birthMonth')]} />
    <TextInput source="politicalStatus" validate={textLimit('CadreFamilyMember', 'politicalStatus')} />
    <TextInput source="workUnitAndPost" fullWidth validate={textLimit('CadreFamilyMember', 'workUnitAndPost')} />
  </>
);

function creator(Inputs: typeof ResumeLineInputs) {
  return function FormCreate() {
    const onError = useSaveErrorHandler();
    return (
      <Create redirect={toCadre} mutationOptions={{ onError }}>
        <SimpleForm>
          <Inputs />
        </SimpleForm>
      </Create>
    );
  };
}

function editor(Inputs: typeof ResumeLineInputs) {
  return function FormEdit() {
    const onError = useSaveErrorHandler();
    return (
      <Edit mutationMode="pessimistic" redirect={toCadre} mutationOptions={{ onError }}>
        <SimpleForm toolbar={<EditToolbar />}>
          <Inputs edit />
        </SimpleForm>
      </Edit>
    );
  };
}

/** The resume lines (简历) of the appointment form: created and edited from the cadre's page. */
export const cadreResumeLines = { create: creator(ResumeLineInputs), edit: editor(ResumeLineInputs), recordRepresentation: 'content' };
/** The family members (家庭主要成员及重要社会关系) of the appointment form. */
export const cadreFamilyMembers = { create: creator(FamilyMemberInputs), edit: editor(FamilyMemberInputs), recordRepresentation: 'name' };
