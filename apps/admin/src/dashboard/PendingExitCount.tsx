import ExitToAppIcon from '@mui/icons-material/ExitToApp';
import { useGetList, useTranslate } from 'react-admin';
import { today, tomorrow } from '../common/today';
import { CardWithIcon } from './CardWithIcon';

/** MGT-3 How many exits are recorded but not yet effective (dated after today). */
export const PendingExitCount = () => {
  const translate = useTranslate();
  const filter = { effectiveDate_gt: today() };
  const { total, isPending } = useGetList('exitRecords', { pagination: { page: 1, perPage: 1 }, filter });
  return (
    <CardWithIcon
      icon={ExitToAppIcon}
      to={`/exitRecords?filter=${encodeURIComponent(JSON.stringify({ effectiveDate_gte: tomorrow() }))}`}
      title={translate('app.dashboard.pending_exits')}
      value={isPending ? '…' : (total ?? 0)}
    />
  );
};
