import { ReferenceField, useRecordContext } from 'react-admin';

/** How an appointment reads: the cadre, the post and the start date. */
export const AppointmentLabel = () => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <span>
      <ReferenceField source="cadreId" reference="cadres" link={false} /> · <ReferenceField source="postId" reference="posts" link={false} /> · {record.startDate}
    </span>
  );
};
