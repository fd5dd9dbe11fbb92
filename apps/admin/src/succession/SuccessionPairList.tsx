import { BooleanInput, DataTable, List, ReferenceField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { UnitField } from '../common/UnitField';
import { UnitInput } from '../common/UnitInput';
import { useViewer } from '../common/useViewer';
import { PostLabel } from '../posts/PostLabel';
import { ReleaseDialog } from './ReleaseDialog';
import { noWrapDates } from '../common/tableStyles';
import { DateText } from '../common/DateText';

/** RES-1 一职一备: each post's reserve, current pairs first. */
export const SuccessionPairList = () => {
  const { allUnits } = useViewer();
  const filters = [
    ...(allUnits ? [<UnitInput key="unitId" source="unitId" alwaysOn />] : []),
    <BooleanInput key="active" source="active" alwaysOn />,
    <EnumInput key="releaseReason" source="releaseReason" enumName="pairRelease" />,
  ];
  return (
    <List filters={filters} filterDefaultValues={{ active: true }} perPage={25} sort={{ field: 'pairedOn', order: 'DESC' }} exporter={false}>
      <DataTable sx={noWrapDates} rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="unitId">
          <UnitField link={false} />
        </DataTable.Col>
        <DataTable.Col source="postId">
          <ReferenceField source="postId" reference="posts" link={false}>
            <PostLabel />
          </ReferenceField>
        </DataTable.Col>
        <DataTable.Col source="reserveCandidateId" disableSort>
          <ReferenceField source="reserveCandidateId" reference="reserveCandidates" link="show" />
        </DataTable.Col>
        <DataTable.Col source="pairedOn" field={DateText} />
        <DataTable.Col source="releasedOn" field={DateText} />
        <DataTable.Col source="releaseReason" disableSort>
          <EnumField source="releaseReason" enumName="pairRelease" />
        </DataTable.Col>
        <DataTable.Col label="app.succession.action" disableSort>
          <ReleaseDialog />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
