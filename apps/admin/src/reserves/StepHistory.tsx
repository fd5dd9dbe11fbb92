import { Chip } from '@mui/material';
import type { ReactNode } from 'react';
import { DataTable, ListContextProvider, ReferenceManyField, TextField, useListContext, useRecordContext, useTranslate } from 'react-admin';
import { EnumChip } from '../common/EnumChip';
import { EnumField } from '../common/EnumField';
import { orderSteps } from './nextStep';
import { noWrapDates } from '../common/tableStyles';
import { UserNameField } from '../users/UserNameField';
import { DateText } from '../common/DateText';

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

/** the steps in the order they happened (two steps of one day: in the workflow's order) */
const InOrder = ({ children }: { children: ReactNode }) => {
  const list = useListContext();
  if (!list.data) return <>{children}</>;
  return <ListContextProvider value={{ ...list, data: orderSteps(list.data) } as typeof list}>{children}</ListContextProvider>;
};

/** RES-3 Every step of a candidacy, oldest first: what, when, by whom, with what outcome. */
export const StepHistory = () => (
  <ReferenceManyField reference="reserveSteps" target="candidateId" sort={{ field: 'date', order: 'ASC' }} perPage={100}>
    <InOrder>
      <DataTable sx={noWrapDates} bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="date" disableSort field={DateText} />
      <DataTable.Col source="step" disableSort>
        <EnumField source="step" enumName="reserveStep" />
      </DataTable.Col>
      <DataTable.Col source="approved" disableSort>
        <Outcome />
      </DataTable.Col>
      <DataTable.Col source="resultingStatus" disableSort>
        <EnumChip source="resultingStatus" enumName="reserveStatus" />
      </DataTable.Col>
      <DataTable.Col source="byUsername" disableSort>
        <UserNameField source="byUsername" />
      </DataTable.Col>
      <DataTable.Col source="note" disableSort field={TextField} />
      </DataTable>
    </InOrder>
  </ReferenceManyField>
);
