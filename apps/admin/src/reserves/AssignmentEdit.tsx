import { Edit, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';
import { AssignmentInputs } from './AssignmentInputs';
import { backToCandidate } from './AssignmentCreate';

export const AssignmentEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" redirect={backToCandidate} mutationOptions={{ onError }}>
      <SimpleForm>
        <AssignmentInputs />
      </SimpleForm>
    </Edit>
  );
};
