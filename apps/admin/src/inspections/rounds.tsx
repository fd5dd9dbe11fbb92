import AddIcon from '@mui/icons-material/Add';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import { canAccess } from '@liangwei/domain';
import {
  Button,
  Create,
  DataTable,
  Edit,
  List,
  ReferenceManyField,
  required,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  EditButton,
  useRecordContext,
  Link,
} from 'react-admin';
import { EnumChip } from '../common/EnumChip';
import { MonthInput } from '../common/MonthInput';
import { UnitField } from '../common/UnitField';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';
import { useViewer } from '../common/useViewer';
import { textLimit } from '../common/validation';
import { DeadlineField } from './findings';
import { NoticeActions } from './NoticeActions';
import { PrintNoticeButton } from './PrintNoticeButton';
import { ExportSelectedButton } from '../excel/ExportSelectedButton';
import { useCsvExporter } from '../common/useCsvExporter';
import { DateText, MonthText } from '../common/DateText';

const RoundInputs = ({ edit = false }: { edit?: boolean }) => (
  <>
    <MonthInput source="month" validate={required()} readOnly={edit} />
    <TextInput source="inspectors" validate={textLimit('InspectionRound', 'inspectors')} fullWidth />
    <TextInput source="scope" validate={textLimit('InspectionRound', 'scope')} multiline fullWidth />
    <TextInput source="note" validate={textLimit('InspectionRound', 'note')} multiline fullWidth />
  </>
);

export const InspectionRoundCreate = () => {
  const onError = useSaveErrorHandler();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <SimpleForm>
        <RoundInputs />
      </SimpleForm>
    </Create>
  );
};

export const InspectionRoundEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <SimpleForm>
        <RoundInputs edit />
      </SimpleForm>
    </Edit>
  );
};

/** INS-1 The months inspected. */
export const InspectionRoundList = () => {
  const exporter = useCsvExporter([{ source: 'month' }, { source: 'inspectors' }, { source: 'scope' }, { source: 'note' }]);
  return (
    <List sort={{ field: 'month', order: 'DESC' }} filters={[<MonthInput key="month" source="month" alwaysOn />]} exporter={exporter}>
      <DataTable rowClick="show" bulkActionButtons={<ExportSelectedButton />}>
        <DataTable.Col source="month" field={MonthText} />
        <DataTable.Col source="inspectors" disableSort />
        <DataTable.Col source="scope" disableSort field={TextField} />
      </DataTable>
    </List>
  );
};

const AddFindingButton = () => {
  const record = useRecordContext<{ id: string }>();
  const { viewer } = useViewer();
  if (!record || !canAccess(viewer, 'create', 'inspectionFindings')) return null;
  return (
    <Button component={Link} to="/inspectionFindings/create" state={{ record: { roundId: record.id } }} label="app.inspection.add_finding">
      <AddIcon />
    </Button>
  );
};

const AddNoticeButton = () => {
  const record = useRecordContext<{ id: string }>();
  const { viewer } = useViewer();
  if (!record || !canAccess(viewer, 'create', 'inspectionNotices')) return null;
  return (
    <Button component={Link} to="/inspectionNotices/create" state={{ record: { roundId: record.id } }} label="app.inspection.add_notice">
      <FactCheckIcon />
    </Button>
  );
};

const RoundActions = () => {
  const { viewer } = useViewer();
  return <TopToolbar>{canAccess(viewer, 'edit', 'inspectionRounds') && <EditButton />}</TopToolbar>;
};

/** INS-1 The inspection month: its findings grid, its notice (issue, print), adding findings. */
export const InspectionRoundShow = () => (
  <Show actions={<RoundActions />}>
    <SimpleShowLayout>
      <MonthText source="month" />
      <TextField source="inspectors" emptyText="—" />
      <TextField source="scope" emptyText="—" />
      <ReferenceManyField reference="inspectionNotices" target="roundId" label="resources.inspectionNotices.name" sort={{ field: 'number', order: 'DESC' }}>
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="numberText" disableSort />
          <DataTable.Col source="date" field={DateText} />
          <DataTable.Col source="status">
            <EnumChip source="status" enumName="noticeStatus" />
          </DataTable.Col>
          <DataTable.Col label="app.inspection.actions">
            <NoticeActions />
            <PrintNoticeButton />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
      <AddNoticeButton />
      <ReferenceManyField reference="inspectionFindings" target="roundId" label="resources.inspectionFindings.name" sort={{ field: 'unitId', order: 'ASC' }} perPage={200}>
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="unitId">
            <UnitField link={false} />
          </DataTable.Col>
          <DataTable.Col source="category">
            <EnumChip source="category" enumName="findingCategory" />
          </DataTable.Col>
          <DataTable.Col source="facts" disableSort field={TextField} />
          <DataTable.Col source="deadline">
            <DeadlineField />
          </DataTable.Col>
          <DataTable.Col source="status">
            <EnumChip source="status" enumName="rectificationStatus" />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
      <AddFindingButton />
    </SimpleShowLayout>
  </Show>
);
