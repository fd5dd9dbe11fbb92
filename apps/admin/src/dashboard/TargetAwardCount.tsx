import EmojiEventsIcon from '@mui/icons-material/EmojiEvents';
import { useGetList, useTranslate } from 'react-admin';
import { useAssessmentYears } from '../assessment/useAssessmentYears';
import { CardWithIcon } from './CardWithIcon';

/** PAY-4 How many main leaders get the target award of the latest published year (ties included). */
export const TargetAwardCount = () => {
  const translate = useTranslate();
  const { latestPublished, isPending: yearsPending } = useAssessmentYears();
  const year = latestPublished ?? 0;
  const { total, isPending } = useGetList('targetAwards', { filter: { year }, pagination: { page: 1, perPage: 1 } }, { enabled: latestPublished != null });
  if (!yearsPending && latestPublished == null) return null;
  return (
    <CardWithIcon
      icon={EmojiEventsIcon}
      to={`/awards?filter=${encodeURIComponent(JSON.stringify({ year }))}`}
      title={translate('app.dashboard.target_awards', { year })}
      value={yearsPending || isPending ? '…' : (total ?? 0)}
    />
  );
};
