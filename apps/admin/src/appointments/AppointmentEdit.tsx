import { Edit, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';
import { AppointmentInputs } from './AppointmentInputs';

export const AppointmentEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <SimpleForm>
        <AppointmentInputs mode="edit" />
      </SimpleForm>
    </Edit>
  );
};
