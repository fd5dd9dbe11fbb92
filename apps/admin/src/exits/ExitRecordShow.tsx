import type { ReactElement } from 'react';
import { Typography } from '@mui/material';
import {
  DataTable,
  Labeled,
  NumberField,
  ReferenceArrayField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { EnumChip } from '../common/EnumChip';
import { EnumField } from '../common/EnumField';
import { UnitField } from '../common/UnitField';
import { PostLabel } from '../posts/PostLabel';
import { ProposalActions } from '../succession/ProposalActions';
import { PendingChip } from './PendingChip';

const Empty = ({ message }: { message: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate(message)}
    </Typography>
  );
};

/** A field shown only when the exit recorded it (each kind records its own: MGT-3). */
const IfRecorded = ({ source, children }: { source: string; children: ReactElement }) => {
  const record = useRecordContext();
  if (record?.[source] == null || record[source] === '') return null;
  return (
    <Labeled source={source} resource="exitRecords">
      {children}
    </Labeled>
  );
};

export const ExitRecordShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="cadreId" reference="cadres" link="show" />
      <UnitField source="unitId" />
      <EnumChip source="kind" enumName="exitKind" />
      <TextField source="effectiveDate" />
      <PendingChip label="resources.exitRecords.fields.effective" />
      <TextField source="reason" />
      <TextField source="basis" emptyText="-" />
      <TextField source="approvedBy" />
      <TextField source="approvedOn" emptyText="-" />
      <IfRecorded source="submittedOn">
        <TextField source="submittedOn" />
      </IfRecorded>
      <IfRecorded source="decisionNumber">
        <TextField source="decisionNumber" />
      </IfRecorded>
      <IfRecorded source="registeredVoters">
        <NumberField source="registeredVoters" />
      </IfRecorded>
      <IfRecorded source="votesCast">
        <NumberField source="votesCast" />
      </IfRecorded>
      <IfRecorded source="votesFor">
        <NumberField source="votesFor" />
      </IfRecorded>
      <TextField source="recordedBy" />
      <Labeled source="endedAppointments" fullWidth>
        <ReferenceArrayField source="endedAppointmentsIds" reference="appointments" empty={<Empty message="app.exit.no_appointments" />}>
          <DataTable bulkActionButtons={false} rowClick="show">
            <DataTable.Col source="postId" disableSort>
              <ReferenceField source="postId" reference="posts" link={false}>
                <PostLabel />
              </ReferenceField>
            </DataTable.Col>
            <DataTable.Col source="startDate" disableSort />
            <DataTable.Col source="endDate" disableSort />
            <DataTable.Col source="status" disableSort>
              <EnumField source="status" enumName="appointmentStatus" />
            </DataTable.Col>
          </DataTable>
        </ReferenceArrayField>
      </Labeled>
      <Labeled source="successionProposals" fullWidth>
        <ReferenceArrayField source="successionProposalsIds" reference="successionProposals" empty={<Empty message="app.exit.no_proposals" />}>
          <DataTable bulkActionButtons={false} rowClick={false}>
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
