import { isoDateOf } from '@liangwei/domain';
import { useRecordContext } from 'react-admin';
import { useDateFormat } from '../common/DateText';

/** How an audit entry reads (its page's title, a reference to it): who, and on which day. */
export const AuditEntryLabel = () => {
  const record = useRecordContext<{ id: string; at?: string; username?: string }>();
  const format = useDateFormat();
  if (!record) return null;
  return <>{[record.username, record.at ? format.date(isoDateOf(new Date(record.at))) : null].filter(Boolean).join(' · ')}</>;
};
