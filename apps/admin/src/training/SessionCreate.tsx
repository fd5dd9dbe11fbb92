import { Create, SimpleForm } from 'react-admin';
import { today } from '../common/today';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';
import { SessionInputs } from './SessionInputs';

export const SessionCreate = () => {
  const onError = useSaveErrorHandler();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <SimpleForm defaultValues={{ kind: 'TRAINING', startDate: today() }}>
        <SessionInputs />
      </SimpleForm>
    </Create>
  );
};
