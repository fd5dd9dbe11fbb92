import AssignmentIcon from '@mui/icons-material/Assignment';
import { canAccess } from '@liangwei/domain';
import { useGetList, useTranslate } from 'react-admin';
import { CardWithIcon } from '../dashboard/CardWithIcon';
import { useViewer } from '../common/useViewer';

/** TGT-2 Annual plans submitted and awaiting the subdistrict's approval (for whoever approves them). */
export const PlansAwaitingApprovalCount = () => {
  const translate = useTranslate();
  const { viewer, allUnits } = useViewer();
  const { total, isPending } = useGetList('annualPlans', { filter: { status: 'SUBMITTED' }, pagination: { page: 1, perPage: 1 } }, { enabled: allUnits });
  if (!allUnits || !canAccess(viewer, 'list', 'annualPlans')) return null;
  return (
    <CardWithIcon
      icon={AssignmentIcon}
      to={`/annualPlans?filter=${encodeURIComponent(JSON.stringify({ status: 'SUBMITTED' }))}`}
      title={translate('app.plans.awaiting_approval')}
      value={isPending ? '…' : String(total ?? 0)}
    />
  );
};
