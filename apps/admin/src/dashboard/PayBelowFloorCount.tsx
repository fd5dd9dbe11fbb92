import PaymentsIcon from '@mui/icons-material/Payments';
import { useGetList, useTranslate } from 'react-admin';
import { usePayYear } from '../pay/usePayYear';
import { CardWithIcon } from './CardWithIcon';

/** PAY-1 Pay records of the latest pay year below their post's floor, as the API counts them. */
export const PayBelowFloorCount = () => {
  const translate = useTranslate();
  const { year, isPending: yearPending } = usePayYear();
  const { total, isPending } = useGetList('payReport', { filter: { year, belowFloor: true }, pagination: { page: 1, perPage: 1 } }, { enabled: !yearPending });
  return (
    <CardWithIcon
      icon={PaymentsIcon}
      to={`/pay-report?filter=${encodeURIComponent(JSON.stringify({ year }))}`}
      title={translate('app.dashboard.pay_below_floor', { year })}
      value={yearPending || isPending ? '…' : (total ?? 0)}
    />
  );
};
