import GroupsIcon from '@mui/icons-material/Groups';
import { useLocaleState, useTranslate } from 'react-admin';
import { CardWithIcon } from '../dashboard/CardWithIcon';
import { today } from '../common/today';
import { TEAM_SUMMARY } from '../team/operations';
import { useApiQuery } from '../team/useApiQuery';

/** ORG-3 RES-1 Today's teams: how many hold a post, vacancies and 一职一备 coverage; opens the statistics. */
export const TeamStatisticsCard = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, isPending } = useApiQuery(TEAM_SUMMARY, { asOf: today(), unitId: null, kind: null });
  const s = data?.teamStatistics;
  const coverage = s?.coverage == null ? '—' : new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { style: 'percent', maximumFractionDigits: 0 }).format(s.coverage);
  return (
    <CardWithIcon
      icon={GroupsIcon}
      to="/team-statistics"
      title={translate('app.statistics.card', { vacancies: s?.vacancies ?? 0, coverage })}
      value={isPending || !s ? '…' : s.teamSize}
    />
  );
};
