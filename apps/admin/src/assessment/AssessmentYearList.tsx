import { Box } from '@mui/material';
import { DataTable, List, NumberField, TextField } from 'react-admin';
import { DateTimeText } from '../common/DateText';
import { EnumChip } from '../common/EnumChip';
import { EnumField } from '../common/EnumField';
import { CatalogueTotalChip } from './CatalogueTotal';
import { PublishButton, RankingButton, ReopenButton, ScoreGridButton } from './YearActions';

const Actions = (_props: { label?: string }) => (
  <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', justifyContent: 'flex-end' }}>
    <ScoreGridButton />
    <RankingButton />
    <PublishButton />
    <ReopenButton />
  </Box>
);

/**
 * ASM-1/5 The assessment years: status, campaign year (ORG-5), catalogue total against 1000; a
 * row opens the year's catalogue. Admins publish a draft year or re-open a published one.
 */
export const AssessmentYearList = () => (
  <List perPage={25} sort={{ field: 'year', order: 'DESC' }} exporter={false}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="year" field={TextField} />
      <DataTable.Col source="status">
        <EnumChip source="status" enumName="assessmentYearStatus" />
      </DataTable.Col>
      <DataTable.Col source="campaignYear" disableSort>
        <EnumField source="campaignYear" enumName="campaignYear" />
      </DataTable.Col>
      <DataTable.Col source="catalogueTotal" disableSort>
        <CatalogueTotalChip />
      </DataTable.Col>
      <DataTable.Col source="publishedAt" disableSort>
        <DateTimeText source="publishedAt" />
      </DataTable.Col>
      <DataTable.NumberCol source="reopenCount" disableSort field={NumberField} />
      <DataTable.Col label="app.assessment.actions" disableSort align="right">
        <Actions />
      </DataTable.Col>
    </DataTable>
  </List>
);
