import FactCheckIcon from '@mui/icons-material/FactCheck';
import { useGetList, useTranslate } from 'react-admin';
import { CardWithIcon } from '../dashboard/CardWithIcon';

/** INS-1 Rectifications overdue today (the API's filter), linking to the findings. */
export const OverdueRectificationCount = () => {
  const translate = useTranslate();
  const { total, isPending, error } = useGetList('inspectionFindings', { filter: { overdue: true }, pagination: { page: 1, perPage: 1 } });
  if (error) return null;
  return (
    <CardWithIcon
      icon={FactCheckIcon}
      to={`/inspectionFindings?filter=${encodeURIComponent(JSON.stringify({ overdue: true }))}`}
      title={translate('app.inspection.dashboard_overdue')}
      value={isPending ? '…' : String(total ?? 0)}
    />
  );
};
