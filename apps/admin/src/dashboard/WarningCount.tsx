import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { useGetList, useTranslate } from 'react-admin';
import { today } from '../common/today';
import { CardWithIcon } from './CardWithIcon';

/** MGT-4 How many warning signs are on cadres today. */
export const WarningCount = () => {
  const translate = useTranslate();
  const { total, isPending } = useGetList('cadreWarnings', { pagination: { page: 1, perPage: 1 }, filter: { asOf: today() } });
  return <CardWithIcon icon={WarningAmberIcon} to="/warnings" title={translate('app.dashboard.warnings')} value={isPending ? '…' : (total ?? 0)} />;
};
