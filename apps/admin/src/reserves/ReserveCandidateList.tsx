import {
  AutocompleteInput,
  CreateButton,
  DataTable,
  DateInput,
  ExportButton,
  FilterButton,
  List,
  ReferenceField,
  ReferenceInput,
  TopToolbar,
} from 'react-admin';
import { EnumChip } from '../common/EnumChip';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { UnitField } from '../common/UnitField';
import { UnitInput } from '../common/UnitInput';
import { useCsvExporter } from '../common/useCsvExporter';
import { useViewer } from '../common/useViewer';
import { NextStepButton } from './NextStepButton';
import { noWrapDates } from '../common/tableStyles';
import { ExportSelectedButton } from '../excel/ExportSelectedButton';
import { DateText } from '../common/DateText';

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton label="app.reserve.recommend" />
    <ExportButton />
  </TopToolbar>
);

/** RES-3 The reserve pipeline: every candidacy with its status and the one step the viewer may take. */
export const ReserveCandidateList = () => {
  const { allUnits } = useViewer();
  const exporter = useCsvExporter([
    { source: 'unitId', reference: 'units' },
    { source: 'cadreId', reference: 'cadres' },
    { source: 'source', enumName: 'recommendationSource' },
    { source: 'status', enumName: 'reserveStatus' },
    { source: 'recommendedOn' },
    { source: 'proposedOn' },
    { source: 'committeeReviewedOn' },
    { source: 'subdistrictReviewedOn' },
    { source: 'inPoolFrom' },
    { source: 'leftPoolOn' },
  ]);
  const filters = [
    ...(allUnits ? [<UnitInput key="unitId" source="unitId" alwaysOn />] : []),
    <EnumInput key="status" source="status" enumName="reserveStatus" alwaysOn />,
    <EnumInput key="source" source="source" enumName="recommendationSource" alwaysOn />,
    <ReferenceInput key="cadreId" source="cadreId" reference="cadres">
      <AutocompleteInput filterToQuery={(q: string) => ({ q })} />
    </ReferenceInput>,
    <DateInput key="recommendedOn_gte" source="recommendedOn_gte" />,
    <DateInput key="recommendedOn_lte" source="recommendedOn_lte" />,
  ];
  return (
    <List filters={filters} actions={<ListActions />} perPage={25} sort={{ field: 'recommendedOn', order: 'DESC' }} exporter={exporter}>
      {/* the other steps' dates are on the candidacy's page (its step history) */}
      <DataTable sx={noWrapDates} rowClick="show" bulkActionButtons={<ExportSelectedButton />}>
        <DataTable.Col source="cadreId">
          <ReferenceField source="cadreId" reference="cadres" link={false} />
        </DataTable.Col>
        <DataTable.Col source="unitId">
          <UnitField link={false} />
        </DataTable.Col>
        <DataTable.Col source="source">
          <EnumField source="source" enumName="recommendationSource" />
        </DataTable.Col>
        <DataTable.Col source="status">
          <EnumChip source="status" enumName="reserveStatus" />
        </DataTable.Col>
        <DataTable.Col source="recommendedOn" field={DateText} />
        <DataTable.Col source="inPoolFrom" disableSort field={DateText} />
        <DataTable.Col source="nextSteps" label="app.reserve.next_step" disableSort>
          <NextStepButton />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
