import RecordVoiceOverIcon from '@mui/icons-material/RecordVoiceOver';
import { lastEndedHalf } from '@liangwei/domain';
import { useTranslate } from 'react-admin';
import { CardWithIcon } from '../dashboard/CardWithIcon';
import { today } from '../common/today';
import { MISSING_COUNT } from './operations';
import { useGraphQL } from './useGraphQL';

/** TGT-3 Dashboard: how many duty reports of the half year that ended last are missing (the viewer's scope). */
export const MissingDutyReportsCount = () => {
  const translate = useTranslate();
  const { year, half } = lastEndedHalf(today());
  const { data, loading } = useGraphQL(MISSING_COUNT, { year, half });
  const halfText = `${year} ${translate(`app.duty_reports.half.${half}`)}`;
  return (
    <CardWithIcon
      icon={RecordVoiceOverIcon}
      to="/missingDutyReports"
      title={translate('app.duty_reports.dashboard_missing')}
      value={loading || !data ? '…' : translate('app.duty_reports.dashboard_missing_of', { half: halfText, count: data._missingDutyReportsMeta.count })}
    />
  );
};
