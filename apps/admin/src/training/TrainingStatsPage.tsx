import { Box, Typography } from '@mui/material';
import { DataTable, List, ListBase, NumberField, NumberInput, useListContext, useTranslate } from 'react-admin';
import { thisYear } from '../common/today';
import { UnitInput } from '../common/UnitInput';
import { useViewer } from '../common/useViewer';
import { ExcelReportActions } from '../excel/ExcelExportButton';

const Heading = ({ message }: { message: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="h6" sx={{ px: 2, pt: 2 }}>
      {translate(message)}
    </Typography>
  );
};

/** TRN-2 team members of the year with no training in it, for the same year and unit */
const Untrained = () => {
  const { filterValues } = useListContext();
  return (
    <ListBase resource="untrainedCadres" filter={{ year: filterValues.year, unitId: filterValues.unitId }} disableSyncWithLocation perPage={1000}>
      <DataTable bulkActionButtons={false} rowClick={(id) => `/cadres/${id}/show`}>
        <DataTable.Col source="name" disableSort />
        <DataTable.Col source="unit.name" label="resources.untrainedCadres.fields.unit" disableSort />
      </DataTable>
    </ListBase>
  );
};

/** TRN-2 Training statistics of a year: hours per cadre, and the cadres without any training. */
export const TrainingStatsPage = () => {
  const { allUnits } = useViewer();
  const filters = [<NumberInput key="year" source="year" alwaysOn step={1} />, ...(allUnits ? [<UnitInput key="unitId" source="unitId" alwaysOn />] : [])];
  return (
    <List
      resource="trainingHours"
      title="app.training.stats_title"
      filters={filters}
      filterDefaultValues={{ year: thisYear() }}
      perPage={1000}
      pagination={false}
      exporter={false}
      actions={<ExcelReportActions />}
      storeKey={false}
      empty={false}
    >
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '3fr 2fr' }, gap: 2, alignItems: 'start' }}>
        <Box>
          <Heading message="app.training.hours_heading" />
          <DataTable bulkActionButtons={false} rowClick={(id) => `/cadres/${id}/show`}>
            <DataTable.Col source="name" disableSort />
            <DataTable.Col source="cadre.unit.name" label="resources.trainingHours.fields.unit" disableSort />
            <DataTable.NumberCol source="sessions" disableSort />
            <DataTable.NumberCol source="hours" field={NumberField} disableSort />
          </DataTable>
        </Box>
        <Box sx={{ borderLeft: { lg: 1 }, borderColor: { lg: 'divider' } }}>
          <Heading message="app.training.untrained_heading" />
          <Untrained />
        </Box>
      </Box>
    </List>
  );
};
