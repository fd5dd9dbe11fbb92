import { Create, Edit, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';
import { monthToCheck } from '../pay/months';
import { DutyLogCheckInputs } from './DutyLogCheckInputs';
import { CadreRecordTitle } from '../common/CadreRecordTitle';

export const DutyLogCheckCreate = () => {
  const onError = useSaveErrorHandler();
  return (
    <Create redirect="list" mutationOptions={{ onError }}>
      <SimpleForm defaultValues={{ month: monthToCheck(), outcome: 'PASS' }}>
        <DutyLogCheckInputs />
      </SimpleForm>
    </Create>
  );
};

export const DutyLogCheckEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit title={<CadreRecordTitle when="month" />} mutationMode="pessimistic" redirect="list" mutationOptions={{ onError }}>
      <SimpleForm>
        <DutyLogCheckInputs edit />
      </SimpleForm>
    </Edit>
  );
};
