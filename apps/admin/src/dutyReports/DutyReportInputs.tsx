import { Box, Typography } from '@mui/material';
import { AutocompleteInput, DateInput, NumberInput, ReferenceInput, required, SelectInput, TextInput, useTranslate } from 'react-admin';
import { notInFuture, textLimit } from '../common/validation';
import { useViewer } from '../common/useViewer';
import { thisYear } from '../common/today';

const Heading = ({ label }: { label: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle1" sx={{ mt: 2, fontWeight: 600 }}>
      {translate(label)}
    </Typography>
  );
};

export const halfChoices = [
  { id: 1, name: 'app.duty_reports.half.1' },
  { id: 2, name: 'app.duty_reports.half.2' },
];

const whole = { step: 1, min: 0 };

/**
 * TGT-3 the report (cadre, half year, the day it was given to each of the three audiences, the
 * text) and TGT-4 its 三评: self-evaluation, the written poll, the higher-level evaluation (the
 * subdistrict's: read-only for a unit user).
 */
export const DutyReportInputs = ({ edit = false }: { edit?: boolean }) => {
  const { allUnits } = useViewer();
  const translate = useTranslate();
  return (
    <Box sx={{ width: '100%', maxWidth: 900 }}>
      <Heading label="app.duty_reports.section_report" />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <ReferenceInput source="cadreId" reference="cadres" sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteInput filterToQuery={(q: string) => ({ q })} validate={required()} readOnly={edit} sx={{ minWidth: 260 }} />
        </ReferenceInput>
        <NumberInput source="year" validate={required()} readOnly={edit} step={1} min={2000} max={thisYear()} />
        <SelectInput source="half" choices={halfChoices} validate={required()} readOnly={edit} />
      </Box>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <DateInput source="subdistrictCommitteeDate" validate={notInFuture} />
        <DateInput source="partyMembersAssemblyDate" validate={notInFuture} />
        <DateInput source="residentsMeetingDate" validate={notInFuture} />
      </Box>
      <TextInput source="summary" validate={textLimit('DutyReport', 'summary')} multiline minRows={4} fullWidth />
      <Heading label="app.duty_reports.section_self" />
      <NumberInput source="selfEvaluationScore" min={0} max={100} />
      <Heading label="app.duty_reports.section_poll" />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <NumberInput source="pollBallotsIssued" {...whole} />
        <NumberInput source="pollBallotsReturned" {...whole} />
      </Box>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <NumberInput source="pollGood" {...whole} />
        <NumberInput source="pollFairlyGood" {...whole} />
        <NumberInput source="pollAverage" {...whole} />
        <NumberInput source="pollPoor" {...whole} />
      </Box>
      <Heading label="app.duty_reports.section_higher" />
      <NumberInput source="higherEvaluationScore" min={0} max={100} readOnly={!allUnits} helperText={allUnits ? false : translate('app.duty_reports.higher_by_subdistrict')} />
    </Box>
  );
};
