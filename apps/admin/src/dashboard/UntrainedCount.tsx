import SchoolIcon from '@mui/icons-material/School';
import { useGetList, useTranslate } from 'react-admin';
import { thisYear } from '../common/today';
import { CardWithIcon } from './CardWithIcon';

/** TRN-2 How many team members have had no training this year. */
export const UntrainedCount = () => {
  const translate = useTranslate();
  const year = thisYear();
  const { total, isPending } = useGetList('untrainedCadres', { pagination: { page: 1, perPage: 1 }, filter: { year } });
  return <CardWithIcon icon={SchoolIcon} to="/training-stats" title={translate('app.dashboard.untrained', { year })} value={isPending ? '…' : (total ?? 0)} />;
};
