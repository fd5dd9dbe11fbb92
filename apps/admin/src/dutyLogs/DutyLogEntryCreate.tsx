import { Create, Edit, SimpleForm } from 'react-admin';
import { today } from '../common/today';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';
import { DutyLogEntryInputs } from './DutyLogEntryInputs';
import { CadreRecordTitle } from '../common/CadreRecordTitle';

export const DutyLogEntryCreate = () => {
  const onError = useSaveErrorHandler();
  return (
    <Create redirect="list" mutationOptions={{ onError }}>
      <SimpleForm defaultValues={{ date: today() }}>
        <DutyLogEntryInputs />
      </SimpleForm>
    </Create>
  );
};

export const DutyLogEntryEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit title={<CadreRecordTitle when="date" />} mutationMode="pessimistic" redirect="list" mutationOptions={{ onError }}>
      <SimpleForm>
        <DutyLogEntryInputs edit />
      </SimpleForm>
    </Edit>
  );
};
