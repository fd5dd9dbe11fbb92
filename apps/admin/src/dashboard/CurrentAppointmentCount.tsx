import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import { useGetList, useTranslate } from 'react-admin';
import { CardWithIcon } from './CardWithIcon';

const filter = { status: 'CURRENT' };

/** How many appointments are current (SEL-2): the posts held today. */
export const CurrentAppointmentCount = () => {
  const translate = useTranslate();
  const { total, isPending } = useGetList('appointments', { pagination: { page: 1, perPage: 1 }, filter });
  const to = `/appointments?filter=${encodeURIComponent(JSON.stringify(filter))}`;
  return (
    <CardWithIcon
      icon={AssignmentIndIcon}
      to={to}
      title={translate('app.dashboard.current_appointments')}
      value={isPending ? '…' : (total ?? 0)}
    />
  );
};
