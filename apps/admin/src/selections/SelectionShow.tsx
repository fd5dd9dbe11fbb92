import { Labeled, ReferenceField, Show, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';
import { BooleanField } from 'react-admin';
import { EnumChip } from '../common/EnumChip';
import { EnumField } from '../common/EnumField';
import { IfValue } from '../common/IfValue';
import { UnitField } from '../common/UnitField';
import { RecordTitle } from '../common/RecordTitle';
import { criteria } from './criteria';

/** SEL-4 where a dispatched secretary comes from and why no local candidate was suitable */
const Dispatch = (_props: { label?: false }) => {
  const record = useRecordContext();
  if (!record?.dispatched) return null;
  return (
    <>
      <Labeled source="dispatchedFrom" fullWidth>
        <TextField source="dispatchedFrom" />
      </Labeled>
      <Labeled source="noLocalCandidateReason" fullWidth>
        <TextField source="noLocalCandidateReason" />
      </Labeled>
    </>
  );
};

export const SelectionShow = () => (
  <Show title={<RecordTitle><UnitField source="unitId" link={false} /></RecordTitle>}>
    <SimpleShowLayout>
      <UnitField source="unitId" />
      <ReferenceField source="appointmentId" reference="appointments" link="show" />
      <EnumField source="sourceCategory" enumName="sourceCategory" />
      <EnumField source="method" enumName="selectionMethod" />
      {criteria.map((c) => (
        <EnumChip key={c} source={c} enumName="judgement" />
      ))}
      <BooleanField source="dispatched" />
      <Dispatch label={false} />
      <IfValue source="note" label={false}>
        <TextField source="note" />
      </IfValue>
    </SimpleShowLayout>
  </Show>
);
