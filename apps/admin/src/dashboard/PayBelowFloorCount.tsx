import PaymentsIcon from '@mui/icons-material/Payments';
import { useGetList, useTranslate } from 'react-admin';
import { paySummary } from '../pay/paySummary';
import { usePayYear } from '../pay/usePayYear';
import { CardWithIcon } from './CardWithIcon';

/** PAY-1 Pay records of the latest pay year below their post's floor. */
export const PayBelowFloorCount = () => {
  const translate = useTranslate();
  const { year, isPending: yearPending } = usePayYear();
  const { data, isPending } = useGetList('payReport', { filter: { year }, pagination: { page: 1, perPage: 1000 } }, { enabled: !yearPending });
  const { below } = paySummary((data ?? []) as never[]);
  return (
    <CardWithIcon
      icon={PaymentsIcon}
      to={`/pay-report?filter=${encodeURIComponent(JSON.stringify({ year }))}`}
      title={translate('app.dashboard.pay_below_floor', { year })}
      value={yearPending || isPending ? '…' : below}
    />
  );
};
