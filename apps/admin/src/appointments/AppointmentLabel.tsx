import { ReferenceField, useRecordContext } from 'react-admin';
import { useDateFormat } from '../common/DateText';

/** How an appointment reads: the cadre, the post and the start date. */
export const AppointmentLabel = () => {
  const record = useRecordContext();
  const format = useDateFormat();
  if (!record) return null;
  return (
    <span>
      <ReferenceField source="cadreId" reference="cadres" link={false} /> · <ReferenceField source="postId" reference="posts" link={false} /> · {format.date(record.startDate)}
    </span>
  );
};
