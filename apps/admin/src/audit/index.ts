import { isoDateOf } from '@liangwei/domain';
import HistoryIcon from '@mui/icons-material/History';
import { AuditEntryList } from './AuditEntryList';
import { AuditEntryShow } from './AuditEntryShow';

/** The audit log: read-only, subdistrict admins only (ROLE-1). */
export default {
  list: AuditEntryList,
  show: AuditEntryShow,
  edit: undefined,
  create: undefined,
  icon: HistoryIcon,
  recordRepresentation: (record: { at?: string; username?: string }) =>
    [record.username, record.at ? isoDateOf(new Date(record.at)) : null].filter(Boolean).join(' · '),
};
