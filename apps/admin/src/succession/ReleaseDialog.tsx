import { canAccess } from '@liangwei/domain';
import LinkOffIcon from '@mui/icons-material/LinkOff';
import { DateInput, required, useRecordContext } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { today } from '../common/today';
import { useApiAction } from '../common/useApiAction';
import { useViewer } from '../common/useViewer';
import { RELEASE_SUCCESSION_PAIR } from '../providers/operations';

/** RES-1 Ends an active pair (the post becomes a gap until paired again). Admins only. */
export const ReleaseDialog = () => {
  const pair = useRecordContext();
  const { viewer } = useViewer();
  const run = useApiAction();
  if (!pair || pair.releasedOn || !canAccess(viewer, 'edit', 'successionPairs', String(pair.unitId))) return null;
  return (
    <ActionDialog
      label="app.succession.release"
      icon={<LinkOffIcon />}
      color="warning"
      defaultValues={{ releasedOn: today() }}
      onSubmit={(values) => run(RELEASE_SUCCESSION_PAIR, { id: String(pair.id), releasedOn: (values.releasedOn as string) || null }, 'app.succession.released')}
    >
      <DateInput source="releasedOn" label="resources.successionPairs.fields.releasedOn" validate={required()} />
    </ActionDialog>
  );
};
