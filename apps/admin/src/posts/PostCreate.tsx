import { Create, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';
import { useViewer } from '../common/useViewer';
import { PostInputs } from './PostInputs';

export const PostCreate = () => {
  const onError = useSaveErrorHandler();
  const { allUnits, ownUnitId } = useViewer();
  return (
    <Create
      redirect="show"
      mutationOptions={{ onError }}
      transform={(data: Record<string, unknown>) => (allUnits ? data : { ...data, unitId: ownUnitId })}
    >
      <SimpleForm defaultValues={{ unitId: allUnits ? undefined : ownUnitId }}>
        <PostInputs mode="create" />
      </SimpleForm>
    </Create>
  );
};
