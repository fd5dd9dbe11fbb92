import FactCheckIcon from '@mui/icons-material/FactCheck';
import { useGetList, useLocaleState, useTranslate } from 'react-admin';
import { formatMonth, thisMonth } from '../pay/months';
import { CardWithIcon } from './CardWithIcon';

/** PAY-2 / INS-2 Secretaries whose duty log of this month is not checked yet (no allowance until it is). */
export const AllowanceUncheckedCount = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const month = thisMonth();
  const { data, isPending } = useGetList('allowanceReport', { filter: { month }, pagination: { page: 1, perPage: 1000 } });
  const notChecked = (data ?? []).filter((r) => r.reason === 'NOT_CHECKED').length;
  return (
    <CardWithIcon
      icon={FactCheckIcon}
      to={`/allowance-report?filter=${encodeURIComponent(JSON.stringify({ month }))}`}
      title={translate('app.dashboard.allowance_unchecked', { month: formatMonth(month, locale) })}
      value={isPending ? '…' : notChecked}
    />
  );
};
