import { Create, SimpleForm } from 'react-admin';
import { today } from '../common/today';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';
import { AssignmentInputs } from './AssignmentInputs';

/** Back to the reserve after saving. */
export const backToCandidate = (_resource?: string, _id?: unknown, data?: Record<string, unknown>) =>
  data?.reserveCandidateId ? `reserveCandidates/${data.reserveCandidateId}/show` : 'reserveCandidates';

export const AssignmentCreate = () => {
  const onError = useSaveErrorHandler();
  return (
    <Create redirect={backToCandidate} mutationOptions={{ onError }}>
      <SimpleForm defaultValues={{ kind: 'EXPOSURE', startDate: today() }}>
        <AssignmentInputs />
      </SimpleForm>
    </Create>
  );
};
