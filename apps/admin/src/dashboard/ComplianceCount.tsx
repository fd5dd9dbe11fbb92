import GroupsIcon from '@mui/icons-material/Groups';
import { useGetList, useTranslate } from 'react-admin';
import { today } from '../common/today';
import { CardWithIcon } from './CardWithIcon';

const COUNT_ONLY = { page: 1, perPage: 1 };

/** RES-4 How many units' teams comply with the composition rule today (n of m), as the API counts them. */
export const ComplianceCount = () => {
  const translate = useTranslate();
  const asOf = today();
  const all = useGetList('reserveCompliance', { pagination: COUNT_ONLY, filter: { asOf } });
  const compliant = useGetList('reserveCompliance', { pagination: COUNT_ONLY, filter: { asOf, compliant: true } });
  return (
    <CardWithIcon
      icon={GroupsIcon}
      to="/compliance"
      title={translate('app.dashboard.compliance')}
      value={all.isPending || compliant.isPending ? '…' : translate('app.dashboard.n_of_m', { n: compliant.total ?? 0, m: all.total ?? 0 })}
    />
  );
};
