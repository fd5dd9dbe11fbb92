import { canAccess } from '@liangwei/domain';
import { Alert, Box, Card, CardContent, Typography } from '@mui/material';
import { EditButton, Labeled, NumberField, Show, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeText } from '../common/DateText';
import { EnumChip } from '../common/EnumChip';
import { EnumField } from '../common/EnumField';
import { IfValue } from '../common/IfValue';
import { useViewer } from '../common/useViewer';
import { CatalogueEditor } from './CatalogueEditor';
import { PublishButton, RankingButton, ReopenButton, ScoreGridButton } from './YearActions';

const Actions = () => {
  const { viewer } = useViewer();
  return (
    <TopToolbar>
      <ScoreGridButton variant="contained" />
      <RankingButton />
      <PublishButton />
      <ReopenButton />
      {canAccess(viewer, 'edit', 'assessmentYears') && <EditButton />}
    </TopToolbar>
  );
};

const YearTitle = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  return record ? <span>{translate('app.assessment.year_title', { year: record.year })}</span> : null;
};

/** The year's facts: status, campaign year, when it was published, how often re-opened and why. */
const Facts = () => (
  <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 4, px: 2, pt: 2 }}>
    <Labeled source="status">
      <EnumChip source="status" enumName="assessmentYearStatus" />
    </Labeled>
    <Labeled source="campaignYear">
      <EnumField source="campaignYear" enumName="campaignYear" emptyText="—" />
    </Labeled>
    <IfValue source="publishedAt" label={false}>
      <DateTimeText source="publishedAt" />
    </IfValue>
    <IfValue source="publishedBy" label={false}>
      <TextField source="publishedBy" />
    </IfValue>
    <Labeled source="reopenCount">
      <NumberField source="reopenCount" />
    </Labeled>
    <IfValue source="lastReopenReason" label={false}>
      <TextField source="lastReopenReason" />
    </IfValue>
  </Box>
);

/** ASM-1 The catalogue, editable by admins while the year is a draft. */
const Catalogue = () => {
  const record = useRecordContext();
  const { viewer } = useViewer();
  const translate = useTranslate();
  if (!record) return null;
  const draft = record.status === 'DRAFT';
  const editable = draft && canAccess(viewer, 'edit', 'assessmentIndicators');
  return (
    <Card variant="outlined" sx={{ m: 2 }}>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('app.assessment.catalogue')}
        </Typography>
        {!draft && (
          <Alert severity="info" sx={{ mb: 1 }}>
            {translate('app.assessment.frozen')}
          </Alert>
        )}
        <CatalogueEditor year={record.year} editable={editable} />
      </CardContent>
    </Card>
  );
};

/** ASM-1/5 One assessment year: its facts and its indicator catalogue; links to its score grid and ranking. */
export const AssessmentYearShow = () => (
  <Show title={<YearTitle />} actions={<Actions />}>
    <Facts />
    <Catalogue />
  </Show>
);
