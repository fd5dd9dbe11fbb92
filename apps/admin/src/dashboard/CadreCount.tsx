import PeopleIcon from '@mui/icons-material/People';
import { useGetList, useTranslate } from 'react-admin';
import { CardWithIcon } from './CardWithIcon';

/** How many cadres the viewer sees. */
export const CadreCount = () => {
  const translate = useTranslate();
  const { total, isPending } = useGetList('cadres', { pagination: { page: 1, perPage: 1 } });
  return <CardWithIcon icon={PeopleIcon} to="/cadres" title={translate('app.dashboard.cadres')} value={isPending ? '…' : (total ?? 0)} />;
};
