import { DataTable, List, ReferenceField, TextField } from 'react-admin';
import { EnumChip } from '../common/EnumChip';
import { EnumInput } from '../common/EnumInput';
import { UnitField } from '../common/UnitField';
import { UnitInput } from '../common/UnitInput';
import { useViewer } from '../common/useViewer';
import { PostLabel } from '../posts/PostLabel';
import { ProposalActions } from './ProposalActions';
import { noWrapDates } from '../common/tableStyles';
import { DateText } from '../common/DateText';

/** RES-2 The reserves proposed as successors of posts vacated by exits, and what became of them. */
export const SuccessionProposalList = () => {
  const { allUnits } = useViewer();
  const filters = [
    ...(allUnits ? [<UnitInput key="unitId" source="unitId" alwaysOn />] : []),
    <EnumInput key="status" source="status" enumName="successionStatus" alwaysOn />,
  ];
  return (
    <List filters={filters} perPage={25} exporter={false}>
      <DataTable sx={noWrapDates} bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="unitId" disableSort>
          <UnitField link={false} />
        </DataTable.Col>
        <DataTable.Col source="post" disableSort>
          <ReferenceField source="post.id" reference="posts" link="show">
            <PostLabel />
          </ReferenceField>
        </DataTable.Col>
        <DataTable.Col source="reserveCandidate" disableSort>
          <ReferenceField source="reserveCandidate.id" reference="reserveCandidates" link="show" />
        </DataTable.Col>
        <DataTable.Col source="vacatedOn" disableSort field={DateText} />
        <DataTable.Col source="exitRecordId" disableSort>
          <ReferenceField source="exitRecordId" reference="exitRecords" link="show" />
        </DataTable.Col>
        <DataTable.Col source="status" disableSort>
          <EnumChip source="status" enumName="successionStatus" />
        </DataTable.Col>
        <DataTable.Col source="appointment" disableSort>
          <ReferenceField source="appointment.id" reference="appointments" link="show" />
        </DataTable.Col>
        <DataTable.Col source="note" disableSort field={TextField} />
        <DataTable.Col label="app.succession.action" disableSort>
          <ProposalActions />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
