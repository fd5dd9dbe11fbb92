import { Create, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';
import { useViewer } from '../common/useViewer';
import { CadreInputs } from './CadreInputs';

export const CadreCreate = () => {
  const onError = useSaveErrorHandler();
  const { allUnits, ownUnitId } = useViewer();
  return (
    <Create
      redirect="show"
      mutationOptions={{ onError }}
      transform={(data: Record<string, unknown>) => (allUnits ? data : { ...data, unitId: ownUnitId })}
    >
      <SimpleForm
        defaultValues={{ unitId: allUnits ? undefined : ownUnitId, ethnicity: '汉族', isCollegeGraduateOfficial: false }}
      >
        <CadreInputs mode="create" />
      </SimpleForm>
    </Create>
  );
};
