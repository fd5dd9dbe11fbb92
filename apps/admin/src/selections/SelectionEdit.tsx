import { Edit, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';
import { selectionPayload } from './criteria';
import { SelectionInputs } from './SelectionInputs';

export const SelectionEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }} transform={selectionPayload}>
      <SimpleForm>
        <SelectionInputs mode="edit" />
      </SimpleForm>
    </Edit>
  );
};
