import { ReferenceField, Show, SimpleShowLayout, TopToolbar } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { RecordTitle } from '../common/RecordTitle';
import { UnitField } from '../common/UnitField';
import { PostLabel } from '../posts/PostLabel';
import { ReleaseDialog } from './ReleaseDialog';
import { DateText } from '../common/DateText';

export const SuccessionPairShow = () => (
  <Show
    title={
      <RecordTitle>
        <ReferenceField source="postId" reference="posts" link={false}>
          <PostLabel />
        </ReferenceField>
      </RecordTitle>
    }
    actions={
      <TopToolbar>
        <ReleaseDialog />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <UnitField source="unitId" />
      <ReferenceField source="postId" reference="posts" link="show">
        <PostLabel />
      </ReferenceField>
      <ReferenceField source="reserveCandidateId" reference="reserveCandidates" link="show" />
      <DateText source="pairedOn" />
      <DateText source="releasedOn" />
      <EnumField source="releaseReason" enumName="pairRelease" />
    </SimpleShowLayout>
  </Show>
);
