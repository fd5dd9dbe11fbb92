import { useRecordContext } from 'react-admin';
import { PrintButtons } from '../common/PrintButtons';

/** INS-1 The month's notice, printed as PDF or Word (the document `inspection-notice`). */
export const PrintNoticeButton = () => {
  const record = useRecordContext<{ id: string }>();
  if (!record) return null;
  return (
    <span onClick={(e) => e.stopPropagation()}>
      <PrintButtons kind="inspection-notice" id={record.id} />
    </span>
  );
};
