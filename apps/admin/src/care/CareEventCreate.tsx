import { Create, Edit, SimpleForm } from 'react-admin';
import { today } from '../common/today';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';
import { CareEventInputs } from './CareEventInputs';
import { CadreRecordTitle } from '../common/CadreRecordTitle';

export const CareEventCreate = () => {
  const onError = useSaveErrorHandler();
  return (
    <Create redirect="list" mutationOptions={{ onError }}>
      <SimpleForm defaultValues={{ kind: 'HOME_VISIT', date: today() }}>
        <CareEventInputs />
      </SimpleForm>
    </Create>
  );
};

export const CareEventEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit title={<CadreRecordTitle enumSource="kind" enumName="careKind" when="date" />} mutationMode="pessimistic" redirect="list" mutationOptions={{ onError }}>
      <SimpleForm>
        <CareEventInputs edit />
      </SimpleForm>
    </Edit>
  );
};
