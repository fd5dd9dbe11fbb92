import { canAccess } from '@liangwei/domain';
import LeaderboardIcon from '@mui/icons-material/Leaderboard';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import PublishIcon from '@mui/icons-material/Publish';
import TableChartIcon from '@mui/icons-material/TableChart';
import { Alert } from '@mui/material';
import { Button, type ButtonProps, Link, required, TextInput, useRecordContext, useTranslate } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { useApiAction } from '../common/useApiAction';
import { useViewer } from '../common/useViewer';
import { PUBLISH_ASSESSMENT_YEAR, REOPEN_ASSESSMENT_YEAR } from '../providers/operations';
import { textLimit } from '../common/validation';

const stop = (event: { stopPropagation: () => void }) => event.stopPropagation();

/** The page of a year's score grid. */
export const scoreGridPath = (year: number) => `/assessment-scores/${year}`;

/** The ranking page on a year. */
export const rankingPath = (year: number, kind = 'VILLAGE') => `/ranking?filter=${encodeURIComponent(JSON.stringify({ year, kind }))}`;

/** ASM-1/2 Opens the year's score grid (editable in a draft year for admins, read-only otherwise). */
export const ScoreGridButton = ({ variant = 'text' }: { variant?: ButtonProps['variant']; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Button component={Link} to={scoreGridPath(record.year)} onClick={stop} label="app.assessment.score_grid" variant={variant} size="small" aria-label={translate('app.assessment.score_grid_of', { year: record.year })}>
      <TableChartIcon />
    </Button>
  );
};

/** ASM-3 Opens the ranking of the year. */
export const RankingButton = () => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Button component={Link} to={rankingPath(record.year)} onClick={stop} label="app.menu.ranking" size="small">
      <LeaderboardIcon />
    </Button>
  );
};

/**
 * ASM-5 / MGT-2 An admin publishes a draft year after confirming: the scores are frozen, the
 * ranking is stored and the consequences are proposed. The API refuses a catalogue that does not
 * total 1000 or units not fully scored, and says which.
 */
export const PublishButton = () => {
  const record = useRecordContext();
  const { viewer } = useViewer();
  const translate = useTranslate();
  const run = useApiAction();
  if (!record || record.status !== 'DRAFT' || !canAccess(viewer, 'edit', 'assessmentYears')) return null;
  return (
    <ActionDialog
      label="app.assessment.publish"
      title="app.assessment.publish_title"
      titleArgs={{ year: record.year }}
      icon={<PublishIcon />}
      color="primary"
      variant="contained"
      submitLabel="app.assessment.publish"
      intro={
        <Alert severity="warning">
          {translate('app.assessment.publish_intro', { year: record.year })}
        </Alert>
      }
      onSubmit={() => run(PUBLISH_ASSESSMENT_YEAR, { year: record.year }, 'app.assessment.published')}
    />
  );
};

/** ASM-5 An admin re-opens a published year for a correction, saying why (audited). */
export const ReopenButton = () => {
  const record = useRecordContext();
  const { viewer } = useViewer();
  const translate = useTranslate();
  const run = useApiAction();
  if (!record || record.status !== 'PUBLISHED' || !canAccess(viewer, 'edit', 'assessmentYears')) return null;
  return (
    <ActionDialog
      label="app.assessment.reopen"
      title="app.assessment.reopen_title"
      titleArgs={{ year: record.year }}
      icon={<LockOpenIcon />}
      color="warning"
      defaultValues={{ reason: '' }}
      intro={<Alert severity="warning">{translate('app.assessment.reopen_intro', { year: record.year })}</Alert>}
      onSubmit={(values) => run(REOPEN_ASSESSMENT_YEAR, { year: record.year, reason: String(values.reason ?? '').trim() }, 'app.assessment.reopened')}
    >
      <TextInput source="reason" label="app.assessment.reopen_reason" validate={[required(), ...textLimit('AssessmentYear', 'lastReopenReason')]} multiline minRows={2} fullWidth />
    </ActionDialog>
  );
};
