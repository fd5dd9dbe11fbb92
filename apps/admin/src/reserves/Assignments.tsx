import { canAccess } from '@liangwei/domain';
import { Box, Typography } from '@mui/material';
import { CreateButton, DataTable, EditButton, ReferenceManyField, useRecordContext, useTranslate } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { useViewer } from '../common/useViewer';
import { noWrapDates } from '../common/tableStyles';
import { DateText } from '../common/DateText';

const NoAssignments = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('app.reserve.no_assignments')}
    </Typography>
  );
};

/** RES-5 A reserve's development assignments (培养锻炼), kept by the unit; a new one opens the create page. */
export const Assignments = () => {
  const record = useRecordContext();
  const { viewer } = useViewer();
  if (!record) return null;
  const unitId = String(record.unitId);
  const mayWrite = canAccess(viewer, 'create', 'reserveAssignments', unitId);
  return (
    <Box sx={{ width: '100%' }}>
      <ReferenceManyField reference="reserveAssignments" target="reserveCandidateId" sort={{ field: 'startDate', order: 'ASC' }} perPage={50} empty={<NoAssignments />}>
        <DataTable sx={noWrapDates} bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="kind" disableSort>
            <EnumField source="kind" enumName="assignmentKind" />
          </DataTable.Col>
          <DataTable.Col source="title" disableSort />
          <DataTable.Col source="startDate" disableSort field={DateText} />
          <DataTable.Col source="endDate" disableSort field={DateText} />
          <DataTable.Col source="outcome" disableSort />
          {mayWrite ? (
            <DataTable.Col label="ra.action.edit" disableSort>
              <EditButton resource="reserveAssignments" />
            </DataTable.Col>
          ) : null}
        </DataTable>
      </ReferenceManyField>
      {mayWrite && (
        <CreateButton
          resource="reserveAssignments"
          label="app.reserve.add_assignment"
          to={{ pathname: '/reserveAssignments/create', search: `?source=${encodeURIComponent(JSON.stringify({ reserveCandidateId: record.id }))}` }}
          sx={{ mt: 1 }}
        />
      )}
    </Box>
  );
};
