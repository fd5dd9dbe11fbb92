import { Chip } from '@mui/material';
import { DataTable, ReferenceManyField, TextField, useRecordContext, useTranslate } from 'react-admin';
import { EnumChip } from '../common/EnumChip';
import { EnumField } from '../common/EnumField';

const Outcome = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  if (record.step === 'RECOMMEND' || record.step === 'WITHDRAW') return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={record.approved ? 'success' : 'error'}
      label={translate(record.approved ? 'app.reserve.approved' : 'app.reserve.rejected')}
    />
  );
};

/** RES-3 Every step of a candidacy, oldest first: what, when, by whom, with what outcome. */
export const StepHistory = () => (
  <ReferenceManyField reference="reserveSteps" target="candidateId" sort={{ field: 'date', order: 'ASC' }} perPage={50}>
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="date" disableSort />
      <DataTable.Col source="step" disableSort>
        <EnumField source="step" enumName="reserveStep" />
      </DataTable.Col>
      <DataTable.Col source="approved" disableSort>
        <Outcome />
      </DataTable.Col>
      <DataTable.Col source="resultingStatus" disableSort>
        <EnumChip source="resultingStatus" enumName="reserveStatus" />
      </DataTable.Col>
      <DataTable.Col source="byUsername" disableSort />
      <DataTable.Col source="note" disableSort field={TextField} />
    </DataTable>
  </ReferenceManyField>
);
