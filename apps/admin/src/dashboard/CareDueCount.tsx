import VolunteerActivismIcon from '@mui/icons-material/VolunteerActivism';
import { useGetList, useTranslate } from 'react-admin';
import { careSummary } from '../care/careSummary';
import { today } from '../common/today';
import { CardWithIcon } from './CardWithIcon';

/** PAY-5 Home visits and exams overdue today, of those due by the end of the year (the API's count). */
export const CareDueCount = () => {
  const translate = useTranslate();
  // overdue items come first, so the first page holds them
  const { data, total, isPending } = useGetList('careDue', { filter: { asOf: today() }, pagination: { page: 1, perPage: 1000 } });
  const { overdue, due } = careSummary((data ?? []) as { overdue: boolean }[], total);
  return (
    <CardWithIcon
      icon={VolunteerActivismIcon}
      to="/care-calendar"
      title={translate('app.dashboard.care_due')}
      value={isPending ? '…' : translate('app.dashboard.overdue_of_due', { overdue, due })}
    />
  );
};
