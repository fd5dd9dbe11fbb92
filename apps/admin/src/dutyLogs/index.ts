import EventNoteIcon from '@mui/icons-material/EventNote';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import { DutyLogCheckCreate, DutyLogCheckEdit } from './DutyLogCheckCreate';
import { DutyLogCheckList } from './DutyLogCheckList';
import { DutyLogEntryCreate, DutyLogEntryEdit } from './DutyLogEntryCreate';
import { DutyLogEntryList } from './DutyLogEntryList';

/** INS-2 duty log entries: units keep their cadres' logs (ROLE-3). */
export const dutyLogEntries = {
  list: DutyLogEntryList,
  create: DutyLogEntryCreate,
  edit: DutyLogEntryEdit,
  icon: EventNoteIcon,
};

/** INS-2 the monthly checks: recorded by the subdistrict, read by the unit. */
export const dutyLogChecks = {
  list: DutyLogCheckList,
  create: DutyLogCheckCreate,
  edit: DutyLogCheckEdit,
  icon: FactCheckIcon,
};
