import { Create, Edit, SimpleForm } from 'react-admin';
import { thisYear } from '../common/today';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';
import { PayRecordInputs } from './PayRecordInputs';
import { CadreRecordTitle } from '../common/CadreRecordTitle';

export const PayRecordCreate = () => {
  const onError = useSaveErrorHandler();
  return (
    <Create redirect="list" mutationOptions={{ onError }}>
      <SimpleForm defaultValues={{ year: thisYear() }}>
        <PayRecordInputs />
      </SimpleForm>
    </Create>
  );
};

export const PayRecordEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit title={<CadreRecordTitle enumSource="title" enumName="postTitle" when="year" />} mutationMode="pessimistic" redirect="list" mutationOptions={{ onError }}>
      <SimpleForm>
        <PayRecordInputs edit />
      </SimpleForm>
    </Edit>
  );
};
