import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';
import {
  DataTable,
  Labeled,
  NumberField,
  ReferenceArrayField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  useTranslate,
} from 'react-admin';
import { EnumChip } from '../common/EnumChip';
import { IfValue } from '../common/IfValue';
import { EnumField } from '../common/EnumField';
import { UnitField } from '../common/UnitField';
import { PostLabel } from '../posts/PostLabel';
import { ProposalActions } from '../succession/ProposalActions';
import { RecordTitle } from '../common/RecordTitle';
import { ExitLabel } from './ExitLabel';
import { PendingChip } from './PendingChip';
import { noWrapDates } from '../common/tableStyles';
import { UserNameField } from '../users/UserNameField';
import { DateText } from '../common/DateText';

const Empty = ({ message }: { message: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate(message)}
    </Typography>
  );
};

/** a row of the fields that have a value, each labelled */
const Row = ({ children }: { children: ReactNode }) => <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 4 }}>{children}</Box>;

/** MGT-3 who approved the exit, when, on what basis */
const Approval = (_props: { label?: false }) => (
  <Row>
    <Labeled source="approvedBy">
      <UserNameField source="approvedBy" />
    </Labeled>
    <IfValue source="approvedOn">
      <DateText source="approvedOn" />
    </IfValue>
    <IfValue source="basis">
      <TextField source="basis" />
    </IfValue>
  </Row>
);

/** MGT-3 what the kind's procedure recorded: the resignation's date, the decision's number, the recall vote */
const KindDetails = (_props: { label?: false }) => (
  <Row>
    <IfValue source="submittedOn">
      <DateText source="submittedOn" />
    </IfValue>
    <IfValue source="decisionNumber">
      <TextField source="decisionNumber" />
    </IfValue>
    <IfValue source="registeredVoters">
      <NumberField source="registeredVoters" />
    </IfValue>
    <IfValue source="votesCast">
      <NumberField source="votesCast" />
    </IfValue>
    <IfValue source="votesFor">
      <NumberField source="votesFor" />
    </IfValue>
  </Row>
);

export const ExitRecordShow = () => (
  <Show title={<RecordTitle><ExitLabel /></RecordTitle>}>
    <SimpleShowLayout>
      <ReferenceField source="cadreId" reference="cadres" link="show" />
      <UnitField source="unitId" />
      <EnumChip source="kind" enumName="exitKind" />
      <DateText source="effectiveDate" />
      <PendingChip label="resources.exitRecords.fields.effective" />
      <TextField source="reason" />
      <Approval label={false} />
      <KindDetails label={false} />
      <UserNameField source="recordedBy" />
      <Labeled source="endedAppointments" fullWidth>
        <ReferenceArrayField source="endedAppointmentsIds" reference="appointments" empty={<Empty message="app.exit.no_appointments" />}>
          <DataTable sx={noWrapDates} bulkActionButtons={false} rowClick="show">
            <DataTable.Col source="postId" disableSort>
              <ReferenceField source="postId" reference="posts" link={false}>
                <PostLabel />
              </ReferenceField>
            </DataTable.Col>
            <DataTable.Col source="startDate" disableSort field={DateText} />
            <DataTable.Col source="endDate" disableSort field={DateText} />
            <DataTable.Col source="status" disableSort>
              <EnumField source="status" enumName="appointmentStatus" />
            </DataTable.Col>
          </DataTable>
        </ReferenceArrayField>
      </Labeled>
      <Labeled source="successionProposals" fullWidth>
        <ReferenceArrayField source="successionProposalsIds" reference="successionProposals" empty={<Empty message="app.exit.no_proposals" />}>
          <DataTable sx={noWrapDates} bulkActionButtons={false} rowClick={false}>
            <DataTable.Col source="post" disableSort>
              <ReferenceField source="post.id" reference="posts" link={false}>
                <PostLabel />
              </ReferenceField>
            </DataTable.Col>
            <DataTable.Col source="reserveCandidate" disableSort>
              <ReferenceField source="reserveCandidate.id" reference="reserveCandidates" link="show" />
            </DataTable.Col>
            <DataTable.Col source="status" disableSort>
              <EnumChip source="status" enumName="successionStatus" />
            </DataTable.Col>
            <DataTable.Col source="note" disableSort />
            <DataTable.Col label="app.succession.action" disableSort>
              <ProposalActions />
            </DataTable.Col>
          </DataTable>
        </ReferenceArrayField>
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
