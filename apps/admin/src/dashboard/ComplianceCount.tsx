import GroupsIcon from '@mui/icons-material/Groups';
import { useGetList, useTranslate } from 'react-admin';
import { complianceSummary } from '../compliance/shortfalls';
import { today } from '../common/today';
import { CardWithIcon } from './CardWithIcon';

/** RES-4 How many units' teams comply with the composition rule today (n of m). */
export const ComplianceCount = () => {
  const translate = useTranslate();
  const { data, isPending } = useGetList('reserveCompliance', { pagination: { page: 1, perPage: 1000 }, filter: { asOf: today() } });
  const { compliant, total } = complianceSummary((data ?? []) as { compliant: boolean }[]);
  return (
    <CardWithIcon
      icon={GroupsIcon}
      to="/compliance"
      title={translate('app.dashboard.compliance')}
      value={isPending ? '…' : translate('app.dashboard.n_of_m', { n: compliant, m: total })}
    />
  );
};
