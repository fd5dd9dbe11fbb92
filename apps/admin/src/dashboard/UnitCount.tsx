import HomeWorkIcon from '@mui/icons-material/HomeWork';
import { useGetList, useTranslate } from 'react-admin';
import { CardWithIcon } from './CardWithIcon';

/** How many villages and communities the viewer sees. */
export const UnitCount = () => {
  const translate = useTranslate();
  const { total, isPending } = useGetList('units', { pagination: { page: 1, perPage: 1 } });
  return <CardWithIcon icon={HomeWorkIcon} to="/units" title={translate('app.dashboard.units')} value={isPending ? '…' : (total ?? 0)} />;
};
