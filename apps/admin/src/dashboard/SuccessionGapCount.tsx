import LinkOffIcon from '@mui/icons-material/LinkOff';
import { useGetList, useTranslate } from 'react-admin';
import { today } from '../common/today';
import { CardWithIcon } from './CardWithIcon';

/** RES-1 How many posts have no reserve today. */
export const SuccessionGapCount = () => {
  const translate = useTranslate();
  const { total, isPending } = useGetList('successionGaps', { pagination: { page: 1, perPage: 1 }, filter: { asOf: today() } });
  return <CardWithIcon icon={LinkOffIcon} to="/succession-gaps" title={translate('app.dashboard.succession_gaps')} value={isPending ? '…' : (total ?? 0)} />;
};
