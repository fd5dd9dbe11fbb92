import { canAccess, planContentEditable, type PlanStatus } from '@liangwei/domain';
import AddIcon from '@mui/icons-material/Add';
import { Box, Button as MuiButton, Typography } from '@mui/material';
import {
  Create,
  DataTable,
  Edit,
  EditButton,
  Labeled,
  List,
  NumberInput,
  ReferenceManyField,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  required,
  useRecordContext,
  useTranslate,
  Link,
} from 'react-admin';
import { thisYear } from '../common/today';
import { UnitField } from '../common/UnitField';
import { UnitInput } from '../common/UnitInput';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';
import { useViewer } from '../common/useViewer';
import { textLimit } from '../common/validation';
import { YuanField } from '../common/Yuan';
import { PlanEnumChip, PlanEnumInput } from './labels';
import { PlanWorkflowButtons, RecordProgressButton } from './PlanWorkflowButtons';
import { PrintButtons } from '../common/PrintButtons';
import { DateText } from '../common/DateText';

/** TGT-1/2 Every plan the viewer sees (a unit user: its own), newest year first. */
export const AnnualPlanList = () => {
  const { allUnits } = useViewer();
  const filters = [
    ...(allUnits ? [<UnitInput key="unitId" source="unitId" alwaysOn />] : []),
    <NumberInput key="year" source="year" alwaysOn />,
    <PlanEnumInput key="status" source="status" name="planStatus" alwaysOn />,
  ];
  return (
    <List filters={filters} perPage={25} sort={{ field: 'year', order: 'DESC' }} exporter={false}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="year" />
        <DataTable.Col source="unitId">
          <UnitField link={false} />
        </DataTable.Col>
        <DataTable.Col source="status">
          <PlanEnumChip source="status" name="planStatus" />
        </DataTable.Col>
        <DataTable.Col source="committedOn">
          <DateText source="committedOn" />
        </DataTable.Col>
        <DataTable.Col source="commitmentMethod" disableSort>
          <PlanEnumChip source="commitmentMethod" name="commitmentMethod" />
        </DataTable.Col>
        <DataTable.Col source="overallFulfilment" disableSort>
          <PlanEnumChip source="overallFulfilment" name="fulfilment" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};

/** TGT-2 The public commitment sheet (承诺书), printed as PDF or Word. */
export const CommitmentSheetLink = () => {
  const plan = useRecordContext();
  if (!plan) return null;
  return <PrintButtons kind="commitment-sheet" id={plan.id} />;
};

const PlanShowActions = () => {
  const plan = useRecordContext();
  const { viewer } = useViewer();
  const editable = !!plan && planContentEditable(plan.status as PlanStatus) && canAccess(viewer, 'edit', 'annualPlans', String(plan.unitId));
  return (
    <TopToolbar sx={{ alignItems: 'center' }}>
      <PlanWorkflowButtons />
      <CommitmentSheetLink />
      {editable && <EditButton />}
    </TopToolbar>
  );
};

/** TGT-1 The plan's targets and practical matters with their progress and judgement; while editable, a link to add one. */
const PlanItems = () => {
  const plan = useRecordContext();
  const { viewer } = useViewer();
  const translate = useTranslate();
  if (!plan) return null;
  const editable = planContentEditable(plan.status as PlanStatus) && canAccess(viewer, 'create', 'planItems', String(plan.unitId));
  return (
    <Box sx={{ mt: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
        <Typography variant="h6">{translate('app.plans.items_title')}</Typography>
        {editable && (
          <MuiButton size="small" startIcon={<AddIcon />} component={Link} to={`/planItems/create?source=${encodeURIComponent(JSON.stringify({ planId: plan.id }))}`}>
            {translate('app.plans.add_item')}
          </MuiButton>
        )}
      </Box>
      <ReferenceManyField reference="planItems" target="planId" sort={{ field: 'sortOrder', order: 'ASC' }} perPage={100}>
        <DataTable bulkActionButtons={false} rowClick={editable ? 'edit' : false}>
          <DataTable.Col source="kind" label="resources.planItems.fields.kind">
            <PlanEnumChip source="kind" name="planItemKind" />
          </DataTable.Col>
          <DataTable.Col source="title" label="resources.planItems.fields.title" field={TextField} />
          <DataTable.Col source="beneficiaries" label="resources.planItems.fields.beneficiaries" field={TextField} />
          <DataTable.Col source="budget" label="resources.planItems.fields.budget">
            <YuanField source="budget" />
          </DataTable.Col>
          <DataTable.Col source="deadline" label="resources.planItems.fields.deadline">
            <DateText source="deadline" />
          </DataTable.Col>
          <DataTable.Col source="progressStatus" label="resources.planItems.fields.progressStatus">
            <PlanEnumChip source="progressStatus" name="progressStatus" />
          </DataTable.Col>
          <DataTable.Col source="percent" label="resources.planItems.fields.percent" field={TextField} />
          <DataTable.Col source="fulfilment" label="resources.planItems.fields.fulfilment">
            <PlanEnumChip source="fulfilment" name="fulfilment" />
          </DataTable.Col>
          <DataTable.Col label="app.plans.progress">
            <RecordProgressButton plan={plan} />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </Box>
  );
};

const PlanTitle = () => {
  const plan = useRecordContext();
  const translate = useTranslate();
  return <span>{plan ? translate('app.plans.plan_title', { year: plan.year }) : ''}</span>;
};

/** TGT-1/2 One plan: where it stands, its commitment and judgement, its items, and the step the viewer may take. */
export const AnnualPlanShow = () => (
  <Show actions={<PlanShowActions />} title={<PlanTitle />}>
    <SimpleShowLayout>
      <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
        <Labeled label="resources.annualPlans.fields.unitId">
          <UnitField />
        </Labeled>
        <Labeled label="resources.annualPlans.fields.year">
          <TextField source="year" />
        </Labeled>
        <Labeled label="resources.annualPlans.fields.status">
          <PlanEnumChip source="status" name="planStatus" />
        </Labeled>
        <Labeled label="resources.annualPlans.fields.submittedOn">
          <DateText source="submittedOn" />
        </Labeled>
        <Labeled label="resources.annualPlans.fields.approvedOn">
          <DateText source="approvedOn" />
        </Labeled>
        <Labeled label="resources.annualPlans.fields.committedOn">
          <DateText source="committedOn" />
        </Labeled>
        <Labeled label="resources.annualPlans.fields.commitmentMethod">
          <PlanEnumChip source="commitmentMethod" name="commitmentMethod" />
        </Labeled>
        <Labeled label="resources.annualPlans.fields.overallFulfilment">
          <PlanEnumChip source="overallFulfilment" name="fulfilment" />
        </Labeled>
      </Box>
      <TextField source="consultation" emptyText="—" />
      <TextField source="returnComment" emptyText="—" />
      <TextField source="judgementNote" emptyText="—" />
      <PlanItems />
    </SimpleShowLayout>
  </Show>
);

/** TGT-1 A new plan: a unit user drafts its own. */
export const AnnualPlanCreate = () => {
  const { allUnits, ownUnitId } = useViewer();
  const onError = useSaveErrorHandler();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <SimpleForm defaultValues={{ unitId: allUnits ? undefined : ownUnitId, year: thisYear() }}>
        <UnitInput validate={required()} disabled={!allUnits} />
        <NumberInput source="year" validate={required()} min={1900} max={2100} />
        <TextInput source="consultation" validate={textLimit('AnnualPlan', 'consultation')} multiline minRows={2} fullWidth />
      </SimpleForm>
    </Create>
  );
};

export const AnnualPlanEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <SimpleForm>
        <TextInput source="consultation" validate={textLimit('AnnualPlan', 'consultation')} multiline minRows={2} fullWidth />
      </SimpleForm>
    </Edit>
  );
};
