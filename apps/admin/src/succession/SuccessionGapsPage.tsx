import { DataTable, DateInput, List } from 'react-admin';
import { CheckField } from '../common/CheckField';
import { today } from '../common/today';
import { UnitInput } from '../common/UnitInput';
import { useViewer } from '../common/useViewer';
import { PostLabel } from '../posts/PostLabel';
import { PairDialog } from './PairDialog';
import { HolderField } from '../team/HolderField';
import { ExcelReportActions } from '../excel/ExcelExportButton';

/** RES-1 一职一备: the posts that have no reserve on a date (default today), with 结对 for admins. */
export const SuccessionGapsPage = () => {
  const { allUnits } = useViewer();
  const filters = [...(allUnits ? [<UnitInput key="unitId" source="unitId" alwaysOn />] : []), <DateInput key="asOf" source="asOf" alwaysOn />];
  return (
    <List
      resource="successionGaps"
      title="app.succession.gaps_title"
      filters={filters}
      filterDefaultValues={{ asOf: today() }}
      perPage={50}
      exporter={false}
      actions={<ExcelReportActions />}
      storeKey={false}
    >
      <DataTable bulkActionButtons={false} rowClick={(id) => `/posts/${id}/show`}>
        <DataTable.Col source="unit.name" label="resources.successionGaps.fields.unit" disableSort />
        <DataTable.Col source="title" disableSort>
          <PostLabel />
        </DataTable.Col>
        <DataTable.Col label="app.team.holder" disableSort>
          <HolderField />
        </DataTable.Col>
        <DataTable.Col source="isMainLeader" field={CheckField} disableSort />
        <DataTable.Col label="app.succession.action" disableSort>
          <PairDialog />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
