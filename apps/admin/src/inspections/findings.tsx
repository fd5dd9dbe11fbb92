import { canAccess } from '@liangwei/domain';
import { Box } from '@mui/material';
import {
  AutocompleteInput,
  BooleanField,
  Create,
  DataTable,
  DateInput,
  FormDataConsumer,
  Edit,
  EditButton,
  List,
  NullableBooleanInput,
  NumberInput,
  ReferenceField,
  ReferenceInput,
  ReferenceManyField,
  required,
  SearchInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { EnumChip } from '../common/EnumChip';
import { EnumInput } from '../common/EnumInput';
import { UnitField } from '../common/UnitField';
import { UnitInput } from '../common/UnitInput';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';
import { useViewer } from '../common/useViewer';
import { textLimit } from '../common/validation';
import { RectificationActions } from './RectificationActions';
import { ExportSelectedButton } from '../excel/ExportSelectedButton';
import { useCsvExporter } from '../common/useCsvExporter';
import { DateText, MonthText, useDateFormat } from '../common/DateText';

/** INS-1 The deadline, highlighted when the rectification is overdue (computed by the API). */
export const DeadlineField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<{ deadline?: string | null; overdue?: boolean }>();
  const translate = useTranslate();
  const format = useDateFormat();
  if (!record) return null;
  if (!record.deadline) return <span>—</span>;
  return (
    <Box component="span" sx={{ whiteSpace: 'nowrap', color: record.overdue ? 'error.main' : undefined, fontWeight: record.overdue ? 600 : undefined }}>
      {format.date(record.deadline)}
      {record.overdue ? ` ${translate('app.inspection.overdue')}` : ''}
    </Box>
  );
};

const CadreInput = ({ source }: { source: string }) => (
  <FormDataConsumer<{ unitId?: string }>>
    {({ formData }) => (
      <ReferenceInput source={source} reference="cadres" filter={formData.unitId ? { unitId: formData.unitId } : {}} sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput filterToQuery={(q: string) => ({ q })} />
      </ReferenceInput>
    )}
  </FormDataConsumer>
);

const FindingInputs = ({ edit = false }: { edit?: boolean }) => (
  <>
    <ReferenceInput source="roundId" reference="inspectionRounds" sort={{ field: 'month', order: 'DESC' }}>
      <AutocompleteInput optionText="month" validate={required()} readOnly={edit} />
    </ReferenceInput>
    <UnitInput source="unitId" validate={required()} disabled={edit} />
    <CadreInput source="cadreId" />
    <EnumInput source="category" enumName="findingCategory" validate={required()} />
    <EnumInput source="severity" enumName="findingSeverity" validate={required()} />
    <TextInput source="facts" validate={[required(), ...textLimit('InspectionFinding', 'facts')]} multiline minRows={3} fullWidth />
    <TextInput source="requiredRectification" validate={[required(), ...textLimit('InspectionFinding', 'requiredRectification')]} multiline minRows={2} fullWidth />
    <DateInput source="deadline" />
    <CadreInput source="responsibleCadreId" />
    <ReferenceInput source="proposedIndicatorId" reference="assessmentIndicators" sort={{ field: 'year', order: 'DESC' }}>
      <AutocompleteInput optionText={(r: { year: number; name: string }) => `${r.year} ${r.name}`} filterToQuery={(q: string) => ({ q })} />
    </ReferenceInput>
    <NumberInput source="proposedDeduction" min={0} max={1000} />
  </>
);

export const InspectionFindingCreate = () => {
  const onError = useSaveErrorHandler();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <SimpleForm defaultValues={{ severity: 'MINOR' }}>
        <FindingInputs />
      </SimpleForm>
    </Create>
  );
};

export const InspectionFindingEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <SimpleForm>
        <FindingInputs edit />
      </SimpleForm>
    </Edit>
  );
};

/** INS-1 The findings the viewer sees: a unit's inbox of its own (deadlines, overdue highlighted), the subdistrict's of every unit. */
export const InspectionFindingList = () => {
  const { allUnits } = useViewer();
  const exporter = useCsvExporter([
    { source: 'deadline' },
    { source: 'overdue', boolean: true },
    { source: 'unitId', reference: 'units' },
    { source: 'cadreId', reference: 'cadres' },
    { source: 'category', enumName: 'findingCategory' },
    { source: 'severity', enumName: 'findingSeverity' },
    { source: 'facts' },
    { source: 'requiredRectification' },
    { source: 'responsibleCadreId', reference: 'cadres' },
    { source: 'status', enumName: 'rectificationStatus' },
    { source: 'issuedOn' },
  ]);
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    ...(allUnits ? [<UnitInput key="unitId" source="unitId" alwaysOn />] : []),
    <EnumInput key="status" source="status" enumName="rectificationStatus" alwaysOn />,
    <NullableBooleanInput key="overdue" source="overdue" alwaysOn />,
    <EnumInput key="category" source="category" enumName="findingCategory" />,
  ];
  return (
    <List filters={filters} sort={{ field: 'deadline', order: 'ASC' }} exporter={exporter}>
      <DataTable rowClick="show" bulkActionButtons={<ExportSelectedButton />}>
        <DataTable.Col source="deadline">
          <DeadlineField />
        </DataTable.Col>
        <DataTable.Col source="unitId">
          <UnitField link={false} />
        </DataTable.Col>
        <DataTable.Col source="roundId">
          <ReferenceField source="roundId" reference="inspectionRounds" link={false}>
            <MonthText source="month" />
          </ReferenceField>
        </DataTable.Col>
        <DataTable.Col source="category">
          <EnumChip source="category" enumName="findingCategory" />
        </DataTable.Col>
        <DataTable.Col source="facts" disableSort field={TextField} />
        <DataTable.Col source="status">
          <EnumChip source="status" enumName="rectificationStatus" />
        </DataTable.Col>
        <DataTable.Col label="app.inspection.actions">
          <RectificationActions />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};

const FindingShowActions = () => {
  const { viewer } = useViewer();
  return (
    <TopToolbar>
      <RectificationActions />
      {canAccess(viewer, 'edit', 'inspectionFindings') && <EditButton />}
    </TopToolbar>
  );
};

/** INS-1 A finding with its rectification history (reports, returns with reasons, acceptance) and the next step. */
export const InspectionFindingShow = () => (
  <Show actions={<FindingShowActions />}>
    <SimpleShowLayout>
      <UnitField source="unitId" link={false} />
      <ReferenceField source="roundId" reference="inspectionRounds" link="show">
        <MonthText source="month" />
      </ReferenceField>
      <ReferenceField source="cadreId" reference="cadres" link={false} emptyText="—" />
      <EnumChip source="category" enumName="findingCategory" />
      <EnumChip source="severity" enumName="findingSeverity" />
      <TextField source="facts" sx={{ whiteSpace: 'pre-wrap' }} />
      <TextField source="requiredRectification" sx={{ whiteSpace: 'pre-wrap' }} />
      <DeadlineField source="deadline" />
      <ReferenceField source="responsibleCadreId" reference="cadres" link={false} emptyText="—" />
      <EnumChip source="status" enumName="rectificationStatus" />
      <DateText source="issuedOn" emptyText="—" />
      <TextField source="proposedDeduction" emptyText="—" />
      <BooleanField source="deductionApplied" />
      <ReferenceManyField reference="rectificationReports" target="findingId" label="app.inspection.history" sort={{ field: 'createdAt', order: 'ASC' }}>
        <DataTable bulkActionButtons={false}>
          <DataTable.Col source="date" disableSort field={DateText} />
          <DataTable.Col source="step" disableSort>
            <EnumChip source="step" enumName="rectificationStep" />
          </DataTable.Col>
          <DataTable.Col source="content" disableSort field={TextField} />
          <DataTable.Col source="byUsername" disableSort />
        </DataTable>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
