import { ReferenceField, useRecordContext } from 'react-admin';

/** How a reserve candidacy reads: the cadre's name. */
export const ReserveCandidateLabel = () => {
  const record = useRecordContext();
  if (!record) return null;
  return <ReferenceField source="cadreId" reference="cadres" link={false} />;
};
