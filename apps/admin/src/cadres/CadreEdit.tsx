import { Edit, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';
import { CadreInputs } from './CadreInputs';

export const CadreEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <SimpleForm>
        <CadreInputs mode="edit" />
      </SimpleForm>
    </Edit>
  );
};
