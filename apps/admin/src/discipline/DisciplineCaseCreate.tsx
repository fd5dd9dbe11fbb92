import { Alert } from '@mui/material';
import { AutocompleteInput, Create, DateInput, ReferenceInput, required, SimpleForm, TextInput, useTranslate } from 'react-admin';
import { today } from '../common/today';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';
import { notInFuture, textLimit } from '../common/validation';

const Intro = () => {
  const translate = useTranslate();
  return (
    <Alert severity="info" sx={{ mb: 2, maxWidth: 640 }}>
      {translate('app.discipline.open_intro')}
    </Alert>
  );
};

/** MGT-1 The subdistrict opens a case (`openDisciplineCase`): the cadre, the facts, the date, the inspection findings it rests on. */
export const DisciplineCaseCreate = () => {
  const onError = useSaveErrorHandler();
  return (
    <Create title="app.discipline.open" redirect="show" mutationOptions={{ onError }}>
      <SimpleForm defaultValues={{ openedOn: today(), facts: '', findingRefs: '' }}>
        <Intro />
        <ReferenceInput source="cadreId" reference="cadres" sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteInput filterToQuery={(q: string) => ({ q })} validate={required()} />
        </ReferenceInput>
        <TextInput source="facts" validate={[required(), ...textLimit('DisciplineCase', 'facts')]} multiline minRows={4} fullWidth />
        <DateInput source="openedOn" validate={[required(), notInFuture]} />
        <TextInput source="findingRefs" helperText="app.discipline.finding_refs_help" multiline minRows={1} fullWidth />
      </SimpleForm>
    </Create>
  );
};
