import { Create, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';
import { selectionPayload } from './criteria';
import { SelectionInputs } from './SelectionInputs';

export const SelectionCreate = () => {
  const onError = useSaveErrorHandler();
  return (
    <Create redirect="show" mutationOptions={{ onError }} transform={selectionPayload}>
      <SimpleForm>
        <SelectionInputs mode="create" />
      </SimpleForm>
    </Create>
  );
};
