import { Link as MuiLink, Stack, Typography } from '@mui/material';
import { DataTable, Link, List, Loading, SelectInput, useRecordContext, useTranslate } from 'react-admin';
import { useAssessmentYears, yearChoices } from '../assessment/useAssessmentYears';
import { DateTimeText } from '../common/DateText';
import { EnumChip } from '../common/EnumChip';
import { EnumInput } from '../common/EnumInput';
import { UnitField } from '../common/UnitField';
import { UnitInput } from '../common/UnitInput';
import { useViewer } from '../common/useViewer';
import { ConsequenceActions } from './ConsequenceActions';
import { Evidence } from './Evidence';
import { UserName } from '../users/UserNameField';

/** MGT-2 The main leader the consequence is about (named on the publishing date). */
const Subject = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const id = (record.subject as { id?: string } | undefined)?.id;
  const name = (record.subjectName as string | undefined) ?? translate('app.consequence.no_subject');
  return id ? (
    <MuiLink component={Link} to={`/cadres/${id}/show`} onClick={(e: { stopPropagation: () => void }) => e.stopPropagation()}>
      {name}
    </MuiLink>
  ) : (
    <Typography variant="body2" color="text.secondary">
      {name}
    </Typography>
  );
};

/** Who decided, when, why; a confirmed removal links to the exit it recorded. */
const Decision = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record || record.status === 'PROPOSED') return null;
  return (
    <Stack spacing={0.25}>
      <Typography variant="body2">
        <UserName username={record.decidedBy} /> · <DateTimeText source="decidedAt" />
      </Typography>
      {record.reason && (
        <Typography variant="body2" color="text.secondary">
          {record.reason}
        </Typography>
      )}
      {record.exitRecordId && (
        <MuiLink component={Link} to={`/exitRecords/${record.exitRecordId}/show`} variant="body2">
          {translate('app.consequence.exit_record')}
        </MuiLink>
      )}
    </Stack>
  );
};

/**
 * MGT-2 The consequences the assessment proposed for a year (the subdistrict: the latest published
 * one by default; a unit, which sees its own only, every year), those waiting for a decision
 * first, with the evidence (years, ranks, totals) and the main leader concerned; an admin confirms
 * or dismisses each.
 */
export const ConsequenceList = () => {
  const { years, defaultYear, isPending } = useAssessmentYears();
  const { allUnits } = useViewer();
  if (isPending) return <Loading />;
  const filters = [
    <SelectInput key="year" source="year" choices={yearChoices(years)} alwaysOn />,
    <EnumInput key="status" source="status" enumName="consequenceStatus" alwaysOn />,
    <EnumInput key="kind" source="kind" enumName="consequenceKind" />,
    ...(allUnits ? [<UnitInput key="unitId" source="unitId" />] : []),
  ];
  return (
    <List filters={filters} filterDefaultValues={allUnits ? { year: defaultYear } : {}} sort={{ field: 'status', order: 'DESC' }} perPage={50} exporter={false}>
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="year" disableSort />
        <DataTable.Col source="unitId" disableSort>
          <UnitField />
        </DataTable.Col>
        <DataTable.Col source="kind">
          <EnumChip source="kind" enumName="consequenceKind" />
        </DataTable.Col>
        <DataTable.Col source="subject" disableSort>
          <Subject />
        </DataTable.Col>
        <DataTable.Col source="evidence" disableSort>
          <Evidence />
        </DataTable.Col>
        <DataTable.NumberCol source="streakYears" disableSort />
        <DataTable.Col source="status">
          <EnumChip source="status" enumName="consequenceStatus" />
        </DataTable.Col>
        <DataTable.Col source="decision" disableSort>
          <Decision />
        </DataTable.Col>
        <DataTable.Col label="app.assessment.actions" disableSort>
          <ConsequenceActions />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
