import { Box, Typography } from '@mui/material';
import {
  DataTable,
  EditButton,
  Labeled,
  NumberField,
  ReferenceField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { EnumField } from '../common/EnumField';
import { IfValue } from '../common/IfValue';
import { UnitField } from '../common/UnitField';
import { AddParticipants } from './AddParticipants';
import { AttendanceToggle } from './AttendanceToggle';
import { ConfirmAllAttendanceButton } from '../work/BulkButtons';
import { UserNameField } from '../users/UserNameField';
import { useCsvExporter } from '../common/useCsvExporter';
import { ExportSelectedButton } from '../excel/ExportSelectedButton';
import { DateText } from '../common/DateText';

const NoParticipants = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('app.training.no_participants')}
    </Typography>
  );
};

/**
 * TRN-1 The participants (a unit user sees its own cadres) with their attendance; the rows selected
 * export as .xlsx.
 */
const Participants = () => {
  const exporter = useCsvExporter([
    { source: 'sessionId' },
    { source: 'unitId', reference: 'units' },
    { source: 'cadreId', reference: 'cadres' },
    { source: 'attended', boolean: true },
    { source: 'hours' },
    { source: 'note' },
  ]);
  return (
    <Box sx={{ width: '100%' }}>
      <ReferenceManyField reference="trainingParticipations" target="sessionId" sort={{ field: 'unitId', order: 'ASC' }} perPage={500} empty={<NoParticipants />}>
        <DataTable bulkActionButtons={<ExportSelectedButton exporter={exporter} />} rowClick={false}>
          <DataTable.Col source="cadreId" disableSort>
            <ReferenceField source="cadreId" reference="cadres" link="show" />
          </DataTable.Col>
          <DataTable.Col source="unitId" disableSort>
            <UnitField link={false} />
          </DataTable.Col>
          <DataTable.Col source="attended" disableSort>
            <AttendanceToggle />
          </DataTable.Col>
          <DataTable.NumberCol source="hours" disableSort field={NumberField} />
          <DataTable.Col source="confirmedBy" disableSort>
            <UserNameField source="confirmedBy" />
          </DataTable.Col>
          <DataTable.Col source="note" disableSort field={TextField} />
        </DataTable>
      </ReferenceManyField>
      <Box sx={{ mt: 1, display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        <ConfirmAllAttendanceButton />
        <AddParticipants />
      </Box>
    </Box>
  );
};

export const SessionShow = () => (
  <Show
    actions={
      <TopToolbar>
        <EditButton />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <TextField source="title" />
      <EnumField source="kind" enumName="trainingKind" />
      <DateText source="startDate" />
      <DateText source="endDate" />
      <IfValue source="place" label={false}>
        <TextField source="place" />
      </IfValue>
      <NumberField source="hours" />
      <IfValue source="organiser" label={false}>
        <TextField source="organiser" />
      </IfValue>
      <IfValue source="outcome" label={false}>
        <TextField source="outcome" />
      </IfValue>
      <Labeled label="app.training.participants" fullWidth>
        <Participants />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
