import { Labeled, required, TextInput } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { UnitField } from '../common/UnitField';
import { UnitInput } from '../common/UnitInput';
import { useViewer } from '../common/useViewer';
import { textLimit } from '../common/validation';

/**
 * ORG-4 The form body shared by PostCreate and PostEdit. A post's unit is chosen when it is
 * created (a unit user's own unit, ROLE-3) and not changed afterwards.
 */
export const PostInputs = ({ mode }: { mode: 'create' | 'edit' }) => {
  const { allUnits } = useViewer();
  return (
    <>
      {mode === 'create' ? (
        <UnitInput validate={required()} readOnly={!allUnits} />
      ) : (
        <Labeled source="unitId">
          <UnitField />
        </Labeled>
      )}
      <EnumInput source="title" enumName="postTitle" validate={required()} />
      <TextInput source="name" validate={textLimit('Post', 'name')} />
    </>
  );
};
