import { Create, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';
import { useViewer } from '../common/useViewer';
import { AppointmentInputs } from './AppointmentInputs';

export const AppointmentCreate = () => {
  const onError = useSaveErrorHandler();
  const { allUnits, ownUnitId } = useViewer();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <SimpleForm defaultValues={{ unitId: allUnits ? undefined : ownUnitId }}>
        <AppointmentInputs mode="create" />
      </SimpleForm>
    </Create>
  );
};
