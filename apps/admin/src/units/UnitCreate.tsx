import { Create, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';
import { UnitInputs } from './UnitInputs';

export const UnitCreate = () => {
  const onError = useSaveErrorHandler();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <SimpleForm>
        <UnitInputs />
      </SimpleForm>
    </Create>
  );
};
