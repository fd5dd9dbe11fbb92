import { Labeled, ReferenceField, Show, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';
import { BooleanField } from 'react-admin';
import { EnumChip } from '../common/EnumChip';
import { EnumField } from '../common/EnumField';
import { UnitField } from '../common/UnitField';
import { criteria } from './criteria';

/** SEL-4 where a dispatched secretary comes from and why no local candidate was suitable */
const Dispatch = () => {
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
  <Show>
    <SimpleShowLayout>
      <UnitField source="unitId" />
      <ReferenceField source="appointmentId" reference="appointments" link="show" />
      <EnumField source="sourceCategory" enumName="sourceCategory" />
      <EnumField source="method" enumName="selectionMethod" />
      {criteria.map((c) => (
        <EnumChip key={c} source={c} enumName="judgement" />
      ))}
      <BooleanField source="dispatched" />
      <Dispatch />
      <TextField source="note" />
    </SimpleShowLayout>
  </Show>
);
