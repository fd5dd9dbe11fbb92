import { canAccess } from '@liangwei/domain';
import {
  AutocompleteInput,
  Create,
  DataTable,
  DateInput,
  Edit,
  EditButton,
  List,
  NumberInput,
  ReferenceField,
  ReferenceInput,
  required,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { EnumChip } from '../common/EnumChip';
import { EnumInput } from '../common/EnumInput';
import { today } from '../common/today';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';
import { useViewer } from '../common/useViewer';
import { textLimit } from '../common/validation';
import { NoticeActions } from './NoticeActions';
import { NoticeItems } from './NoticeItems';
import { PrintNoticeButton } from './PrintNoticeButton';
import { ExportSelectedButton } from '../excel/ExportSelectedButton';
import { useCsvExporter } from '../common/useCsvExporter';
import { DateText, MonthText } from '../common/DateText';

const NoticeInputs = ({ edit = false }: { edit?: boolean }) => (
  <>
    <ReferenceInput source="roundId" reference="inspectionRounds" sort={{ field: 'month', order: 'DESC' }}>
      <AutocompleteInput optionText="month" validate={required()} readOnly={edit} />
    </ReferenceInput>
    <DateInput source="date" validate={required()} />
    <NumberInput source="number" min={1} max={1000} helperText="app.inspection.number_help" />
    <TextInput source="body" validate={textLimit('InspectionNotice', 'body')} multiline minRows={5} fullWidth />
  </>
);

export const InspectionNoticeCreate = () => {
  const onError = useSaveErrorHandler();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <SimpleForm defaultValues={{ date: today() }}>
        <NoticeInputs />
      </SimpleForm>
    </Create>
  );
};

export const InspectionNoticeEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <SimpleForm>
        <NoticeInputs edit />
      </SimpleForm>
    </Edit>
  );
};

/** INS-1 The written notices (a unit: the issued ones of every unit, as written). */
export const InspectionNoticeList = () => {
  const exporter = useCsvExporter([{ source: 'numberText' }, { source: 'title' }, { source: 'date' }, { source: 'status', enumName: 'noticeStatus' }]);
  return (
    <List sort={{ field: 'date', order: 'DESC' }} filters={[<EnumInput key="status" source="status" enumName="noticeStatus" alwaysOn />]} exporter={exporter}>
      <DataTable rowClick="show" bulkActionButtons={<ExportSelectedButton />}>
        <DataTable.Col source="numberText" disableSort />
        <DataTable.Col source="title" disableSort />
        <DataTable.Col source="date" field={DateText} />
        <DataTable.Col source="status">
          <EnumChip source="status" enumName="noticeStatus" />
        </DataTable.Col>
        <DataTable.Col label="app.inspection.actions">
          <PrintNoticeButton />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};

const NoticeShowActions = () => {
  const { viewer } = useViewer();
  const record = useRecordContext<{ status: string }>();
  return (
    <TopToolbar>
      <NoticeActions />
      <PrintNoticeButton />
      {record?.status === 'DRAFT' && canAccess(viewer, 'edit', 'inspectionNotices') && <EditButton />}
    </TopToolbar>
  );
};

export const InspectionNoticeShow = () => (
  <Show actions={<NoticeShowActions />}>
    <SimpleShowLayout>
      <TextField source="title" />
      <TextField source="numberText" />
      <DateText source="date" />
      <EnumChip source="status" enumName="noticeStatus" />
      <ReferenceField source="roundId" reference="inspectionRounds" link="show">
        <MonthText source="month" />
      </ReferenceField>
      <TextField source="reissueReason" emptyText="—" />
      <TextField source="body" sx={{ whiteSpace: 'pre-wrap' }} emptyText="—" />
      <NoticeItems label="app.inspection.items" />
    </SimpleShowLayout>
  </Show>
);
