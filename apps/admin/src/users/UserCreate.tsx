import { Create, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';
import { UserInputs, userPayload } from './UserInputs';

export const UserCreate = () => {
  const onError = useSaveErrorHandler();
  return (
    <Create redirect="list" mutationOptions={{ onError }} transform={userPayload}>
      <SimpleForm defaultValues={{ role: 'UNIT_USER', piiGranted: false }}>
        <UserInputs mode="create" />
      </SimpleForm>
    </Create>
  );
};
