import { createElement } from 'react';
import HistoryIcon from '@mui/icons-material/History';
import { AuditEntryList } from './AuditEntryList';
import { AuditEntryShow } from './AuditEntryShow';
import { AuditEntryLabel } from './AuditEntryLabel';

/** The audit log: read-only, subdistrict admins only (ROLE-1). */
export default {
  list: AuditEntryList,
  show: AuditEntryShow,
  edit: undefined,
  create: undefined,
  icon: HistoryIcon,
  recordRepresentation: createElement(AuditEntryLabel),
};
