import type { ReactNode } from 'react';
import { Box, Divider, Link as MuiLink, Stack, Typography } from '@mui/material';
import { Labeled, Link, ReferenceField, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { EnumChip } from '../common/EnumChip';
import { IfValue } from '../common/IfValue';
import { PrintButtons } from '../common/PrintButtons';
import { UnitField } from '../common/UnitField';
import { Deadline } from './DisciplineCaseList';
import { DisciplineSteps } from './DisciplineSteps';
import { DateText, useDateFormat } from '../common/DateText';

const Row = ({ children }: { children: ReactNode }) => <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 4, rowGap: 1 }}>{children}</Box>;

const Section = ({ title }: { title: string; label?: false }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ pt: 1 }}>
      <Divider />
      <Typography variant="subtitle1" sx={{ mt: 1 }}>
        {translate(title)}
      </Typography>
    </Box>
  );
};

/** The inspection findings the case rests on (by reference) and the exit that carried out the decision. */
const Links = (_props: { label?: false }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const findings = (record.findingIds as string[] | undefined) ?? [];
  return (
    <Stack spacing={0.5}>
      {findings.length > 0 && (
        <Typography variant="body2">
          {translate('app.discipline.findings', { count: findings.length, smart_count: findings.length })}
        </Typography>
      )}
      {record.exitRecordId && (
        <MuiLink component={Link} to={`/exitRecords/${record.exitRecordId}/show`} variant="body2">
          {translate('app.discipline.exit_record')}
        </MuiLink>
      )}
    </Stack>
  );
};

const Toolbar = (_props: { label?: false }) => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
      <DisciplineSteps />
      {record.level ? <PrintButtons kind="discipline-decision" id={record.id} /> : null}
    </Stack>
  );
};

const Title = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const format = useDateFormat();
  return <span>{translate('app.discipline.title', { date: format.date(record?.openedOn as string | undefined) })}</span>;
};

/** MGT-1 One case: facts, decision (level, by whom, when), the rectification and its follow-up; the viewer's steps; the decision document. */
export const DisciplineCaseShow = () => (
  <Show title={<Title />}>
    <SimpleShowLayout>
      <Toolbar />
      <Row>
        <Labeled source="unitId">
          <UnitField />
        </Labeled>
        <Labeled source="cadreId">
          <ReferenceField source="cadreId" reference="cadres" link="show" />
        </Labeled>
        <Labeled source="openedOn">
          <DateText source="openedOn" />
        </Labeled>
        <Labeled source="status">
          <EnumChip source="status" enumName="disciplineStatus" />
        </Labeled>
      </Row>
      <TextField source="facts" sx={{ whiteSpace: 'pre-wrap' }} />
      <Links />
      <Section title="app.discipline.section_decision" />
      <Row>
        <IfValue source="level">
          <EnumChip source="level" enumName="disciplineLevel" />
        </IfValue>
        <IfValue source="decisionNumber">
          <TextField source="decisionNumber" />
        </IfValue>
        <IfValue source="decidedOn">
          <DateText source="decidedOn" />
        </IfValue>
        <IfValue source="decidedByName">
          <TextField source="decidedByName" />
        </IfValue>
      </Row>
      <IfValue source="decision" label={false}>
        <TextField source="decision" sx={{ whiteSpace: 'pre-wrap' }} />
      </IfValue>
      <Section title="app.discipline.section_rectification" />
      <Row>
        <IfValue source="rectificationDeadline">
          <Deadline />
        </IfValue>
        <IfValue source="answeredOn">
          <DateText source="answeredOn" />
        </IfValue>
        <IfValue source="acceptedOn">
          <DateText source="acceptedOn" />
        </IfValue>
        <IfValue source="closedOn">
          <DateText source="closedOn" />
        </IfValue>
      </Row>
      <IfValue source="rectificationRequirement" label={false}>
        <TextField source="rectificationRequirement" sx={{ whiteSpace: 'pre-wrap' }} />
      </IfValue>
      <IfValue source="rectificationAnswer" label={false}>
        <TextField source="rectificationAnswer" sx={{ whiteSpace: 'pre-wrap' }} />
      </IfValue>
      <IfValue source="returnReason" label={false}>
        <TextField source="returnReason" sx={{ whiteSpace: 'pre-wrap' }} />
      </IfValue>
      <IfValue source="acceptanceNote" label={false}>
        <TextField source="acceptanceNote" />
      </IfValue>
      <IfValue source="closingNote" label={false}>
        <TextField source="closingNote" />
      </IfValue>
    </SimpleShowLayout>
  </Show>
);
