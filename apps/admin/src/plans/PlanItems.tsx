import { BooleanInput, Create, DataTable, DateInput, Edit, List, NumberInput, ReferenceField, ReferenceInput, SelectInput, SimpleForm, TextField, TextInput, required, useRecordContext, type RaRecord } from 'react-admin';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';
import { textLimit } from '../common/validation';
import { YuanField } from '../common/Yuan';
import { UnitField } from '../common/UnitField';
import { useViewer } from '../common/useViewer';
import { UnitInput } from '../common/UnitInput';
import { PlanEnumChip, PlanEnumInput, useLang } from './labels';
import { DateText } from '../common/DateText';

const budgetRule = (value: unknown) => (typeof value === 'number' && (value < 0 || Math.round(value * 100) !== value * 100) ? 'app.plans.budget_rule' : undefined);

/** The plan an item belongs to, as "<year>" of its unit. */
const PlanOption = () => {
  const plan = useRecordContext();
  const lang = useLang();
  return <span>{plan ? (lang === 'zh' ? `${plan.year}年度计划` : `Plan ${plan.year}`) : ''}</span>;
};

/** TGT-1 The inputs of a target or practical matter; a practical matter names for whom, its budget and deadline. */
const PlanItemInputs = ({ edit = false }: { edit?: boolean }) => (
  <>
    <ReferenceInput source="planId" reference="annualPlans">
      <SelectInput optionText={<PlanOption />} validate={required()} readOnly={edit} />
    </ReferenceInput>
    <PlanEnumInput source="kind" name="planItemKind" validate={required()} />
    <TextInput source="title" validate={[required(), ...textLimit('PlanItem', 'title')]} fullWidth />
    <TextInput source="detail" validate={textLimit('PlanItem', 'detail')} multiline minRows={2} fullWidth />
    <TextInput source="beneficiaries" validate={textLimit('PlanItem', 'beneficiaries')} fullWidth />
    <NumberInput source="budget" min={0} step={100} validate={budgetRule} />
    <DateInput source="deadline" />
    <NumberInput source="sortOrder" min={0} step={1} />
  </>
);

const toPlan = (_resource?: string, _id?: unknown, data?: Partial<RaRecord>) => `annualPlans/${String(data?.planId ?? '')}/show`;

export const PlanItemCreate = () => {
  const onError = useSaveErrorHandler();
  return (
    <Create redirect={toPlan} mutationOptions={{ onError }}>
      <SimpleForm defaultValues={{ kind: 'PRACTICAL_MATTER' }}>
        <PlanItemInputs />
      </SimpleForm>
    </Create>
  );
};

export const PlanItemEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" redirect={toPlan} mutationOptions={{ onError }}>
      <SimpleForm>
        <PlanItemInputs edit />
      </SimpleForm>
    </Edit>
  );
};

/** TGT-2 Targets and practical matters across plans, e.g. those whose progress is due. */
export const PlanItemList = () => {
  const { allUnits } = useViewer();
  const filters = [
    ...(allUnits ? [<UnitInput key="unitId" source="unitId" alwaysOn />] : []),
    <PlanEnumInput key="kind" source="kind" name="planItemKind" alwaysOn />,
    <PlanEnumInput key="progressStatus" source="progressStatus" name="progressStatus" />,
    <BooleanInput key="progressDue" source="progressDue" alwaysOn />,
  ];
  return (
    <List filters={filters} perPage={25} sort={{ field: 'deadline', order: 'ASC' }} exporter={false}>
      <DataTable rowClick={false} bulkActionButtons={false}>
        <DataTable.Col source="unitId">
          <UnitField link={false} />
        </DataTable.Col>
        <DataTable.Col source="planId">
          <ReferenceField source="planId" reference="annualPlans" link="show">
            <PlanOption />
          </ReferenceField>
        </DataTable.Col>
        <DataTable.Col source="kind">
          <PlanEnumChip source="kind" name="planItemKind" />
        </DataTable.Col>
        <DataTable.Col source="title" field={TextField} />
        <DataTable.Col source="deadline">
          <DateText source="deadline" />
        </DataTable.Col>
        <DataTable.Col source="budget" disableSort>
          <YuanField source="budget" />
        </DataTable.Col>
        <DataTable.Col source="progressStatus" disableSort>
          <PlanEnumChip source="progressStatus" name="progressStatus" />
        </DataTable.Col>
        <DataTable.Col source="percent" disableSort field={TextField} />
      </DataTable>
    </List>
  );
};

/** TGT-2 The progress reports kept, newest first. */
export const PlanProgressUpdateList = () => (
  <List perPage={25} sort={{ field: 'date', order: 'DESC' }} exporter={false}>
    <DataTable rowClick={false} bulkActionButtons={false}>
      <DataTable.Col source="date">
        <DateText source="date" />
      </DataTable.Col>
      <DataTable.Col source="unitId">
        <UnitField link={false} />
      </DataTable.Col>
      <DataTable.Col source="itemId">
        <ReferenceField source="itemId" reference="planItems" link={false}>
          <TextField source="title" />
        </ReferenceField>
      </DataTable.Col>
      <DataTable.Col source="status">
        <PlanEnumChip source="status" name="progressStatus" />
      </DataTable.Col>
      <DataTable.Col source="percent" field={TextField} />
      <DataTable.Col source="note" disableSort field={TextField} />
      <DataTable.Col source="byUsername" disableSort field={TextField} />
    </DataTable>
  </List>
);
