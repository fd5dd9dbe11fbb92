import { Create, Edit, SimpleForm } from 'react-admin';
import { today } from '../common/today';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';
import { HonourInputs } from './HonourInputs';
import { CadreRecordTitle } from '../common/CadreRecordTitle';

/** Back to the cadre when the honour was added from the cadre's page. */
const backToCadre = (_resource?: string, _id?: unknown, data?: Record<string, unknown>) => (data?.cadreId ? `cadres/${data.cadreId}/show` : 'honours');

export const HonourCreate = () => {
  const onError = useSaveErrorHandler();
  return (
    <Create redirect={backToCadre} mutationOptions={{ onError }}>
      <SimpleForm defaultValues={{ kind: 'COMMENDATION', date: today() }}>
        <HonourInputs />
      </SimpleForm>
    </Create>
  );
};

export const HonourEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit title={<CadreRecordTitle enumSource="kind" enumName="honourKind" when="date" />} mutationMode="pessimistic" redirect={backToCadre} mutationOptions={{ onError }}>
      <SimpleForm>
        <HonourInputs edit />
      </SimpleForm>
    </Edit>
  );
};
