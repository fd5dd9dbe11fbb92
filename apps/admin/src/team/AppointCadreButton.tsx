import { canAccess } from '@liangwei/domain';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { CreateButton, useRecordContext } from 'react-admin';
import { useViewer } from '../common/useViewer';

/** SEL-2 Opens the appointment form with this cadre (and its unit) chosen. */
export const AppointCadreButton = () => {
  const cadre = useRecordContext();
  const { viewer } = useViewer();
  if (!cadre || !canAccess(viewer, 'create', 'appointments', String(cadre.unitId))) return null;
  return <CreateButton resource="appointments" label="app.team.appoint" icon={<PersonAddIcon />} state={{ record: { unitId: cadre.unitId, cadreId: cadre.id } }} />;
};
