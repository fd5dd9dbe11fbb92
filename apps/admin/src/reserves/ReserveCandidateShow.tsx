import { Box } from '@mui/material';
import {
  BooleanField,
  Labeled,
  NumberField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { EnumChip } from '../common/EnumChip';
import { EnumField } from '../common/EnumField';
import { IfValue } from '../common/IfValue';
import { UnitField } from '../common/UnitField';
import { PostLabel } from '../posts/PostLabel';
import { RecordTitle } from '../common/RecordTitle';
import { Assignments } from './Assignments';
import { ReserveCandidateLabel } from './ReserveCandidateLabel';
import { NextStepButton } from './NextStepButton';
import { StepHistory } from './StepHistory';
import { DateText } from '../common/DateText';

const Actions = () => (
  <TopToolbar>
    <NextStepButton variant="contained" />
  </TopToolbar>
);

/** RES-3 民主推荐 records the vote. */
const Votes = (_props: { label?: false }) => {
  const record = useRecordContext();
  if (record?.source !== 'DEMOCRATIC') return null;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 4 }}>
      <Labeled source="votesEligible">
        <NumberField source="votesEligible" />
      </Labeled>
      <Labeled source="votesPresent">
        <NumberField source="votesPresent" />
      </Labeled>
      <Labeled source="votesFor">
        <NumberField source="votesFor" />
      </Labeled>
    </Box>
  );
};

/** RES-4 in the pool today, since when, and until when */
const Pool = (_props: { label?: false }) => (
  <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 4 }}>
    <Labeled source="inPool">
      <BooleanField source="inPool" />
    </Labeled>
    <IfValue source="inPoolFrom">
      <DateText source="inPoolFrom" />
    </IfValue>
    <IfValue source="leftPoolOn">
      <DateText source="leftPoolOn" />
    </IfValue>
  </Box>
);

/** RES-1 the post this reserve backs now */
const ActivePair = (_props: { label?: false }) => {
  const record = useRecordContext();
  if (!record?.activePair) return null;
  return (
    <Labeled source="activePair">
      <ReferenceField source="activePair.id" reference="successionPairs" link="show">
        <ReferenceField source="postId" reference="posts" link={false}>
          <PostLabel />
        </ReferenceField>
      </ReferenceField>
    </Labeled>
  );
};

export const ReserveCandidateShow = () => (
  <Show actions={<Actions />} title={<RecordTitle><ReserveCandidateLabel /></RecordTitle>}>
    <SimpleShowLayout>
      <ReferenceField source="cadreId" reference="cadres" link="show" />
      <UnitField source="unitId" />
      <EnumField source="source" enumName="recommendationSource" />
      <Votes label={false} />
      <EnumChip source="status" enumName="reserveStatus" />
      <Pool label={false} />
      <ActivePair label={false} />
      <IfValue source="developmentGaps" label={false}>
        <EnumChip source="developmentGaps" enumName="developmentGap" />
      </IfValue>
      <IfValue source="note" label={false}>
        <TextField source="note" />
      </IfValue>
      <Labeled label="app.reserve.steps" fullWidth>
        <StepHistory />
      </Labeled>
      <Labeled label="app.reserve.assignments" fullWidth>
        <Assignments />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
