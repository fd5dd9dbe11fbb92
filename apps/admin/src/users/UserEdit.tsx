import { Edit, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';
import { UserInputs, userPayload } from './UserInputs';

export const UserEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" redirect="list" mutationOptions={{ onError }} transform={userPayload}>
      <SimpleForm>
        <UserInputs mode="edit" />
      </SimpleForm>
    </Edit>
  );
};
