import { canAccess } from '@liangwei/domain';
import { Chip } from '@mui/material';
import { AutocompleteInput, DataTable, List, NumberInput, ReferenceField, ReferenceInput, SelectInput, useRecordContext, useTranslate } from 'react-admin';
import { EnumValueChip } from '../common/EnumChip';
import { UnitField } from '../common/UnitField';
import { UnitInput } from '../common/UnitInput';
import { useCsvExporter } from '../common/useCsvExporter';
import { useViewer } from '../common/useViewer';
import { halfChoices } from './DutyReportInputs';
import { ExportSelectedButton } from '../excel/ExportSelectedButton';

const Half = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  return record ? <span>{translate(`app.duty_reports.half.${record.half}`)}</span> : null;
};

const GivenTo = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <>
      {((record.givenTo as string[] | undefined) ?? []).map((a) => (
        <EnumValueChip key={a} enumName="dutyReportAudience" value={a} size="small" sx={{ mr: 0.5 }} />
      ))}
    </>
  );
};

const Combined = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <>
      {record.combinedScore == null ? <span style={{ color: 'gray' }}>{translate('app.duty_reports.not_evaluated')}</span> : <strong>{record.combinedScore}</strong>}
      {record.poorPoll ? <Chip size="small" color="error" label={translate('app.duty_reports.poor_poll')} sx={{ ml: 1 }} /> : null}
    </>
  );
};

/** TGT-3 / TGT-4 the reports the viewer sees with their 三评; a unit keeps its own (ROLE-3). */
export const DutyReportList = () => {
  const { viewer, allUnits } = useViewer();
  const exporter = useCsvExporter([
    { source: 'year' },
    { source: 'half' },
    { source: 'unitId', reference: 'units' },
    { source: 'cadreId', reference: 'cadres' },
    { source: 'subdistrictCommitteeDate' },
    { source: 'partyMembersAssemblyDate' },
    { source: 'residentsMeetingDate' },
    { source: 'selfEvaluationScore' },
    { source: 'pollScore' },
    { source: 'higherEvaluationScore' },
    { source: 'combinedScore' },
  ]);
  const filters = [
    <NumberInput key="year" source="year" step={1} alwaysOn />,
    <SelectInput key="half" source="half" choices={halfChoices} alwaysOn />,
    ...(allUnits ? [<UnitInput key="unitId" source="unitId" alwaysOn />] : []),
    <ReferenceInput key="cadreId" source="cadreId" reference="cadres" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput filterToQuery={(q: string) => ({ q })} />
    </ReferenceInput>,
  ];
  return (
    <List filters={filters} perPage={25} sort={{ field: 'year', order: 'DESC' }} exporter={exporter}>
      <DataTable rowClick={(_id, _resource, record) => (canAccess(viewer, 'edit', 'dutyReports', String(record.unitId)) ? 'edit' : false)} bulkActionButtons={<ExportSelectedButton />}>
        <DataTable.Col source="year" />
        <DataTable.Col source="half">
          <Half />
        </DataTable.Col>
        <DataTable.Col source="cadreId">
          <ReferenceField source="cadreId" reference="cadres" link="show" />
        </DataTable.Col>
        <DataTable.Col source="unitId">
          <UnitField link={false} />
        </DataTable.Col>
        <DataTable.Col source="givenTo" disableSort>
          <GivenTo />
        </DataTable.Col>
        <DataTable.Col source="selfEvaluationScore" />
        <DataTable.Col source="pollScore" disableSort />
        <DataTable.Col source="higherEvaluationScore" />
        <DataTable.Col source="combinedScore" disableSort>
          <Combined />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
