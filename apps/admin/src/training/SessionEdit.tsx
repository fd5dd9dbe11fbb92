import { Edit, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';
import { SessionInputs } from './SessionInputs';

export const SessionEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <SimpleForm>
        <SessionInputs />
      </SimpleForm>
    </Edit>
  );
};
