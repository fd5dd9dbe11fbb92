import RecordVoiceOverIcon from '@mui/icons-material/RecordVoiceOver';
import { DutyReportCreate, DutyReportEdit } from './DutyReportCreate';
import { DutyReportList } from './DutyReportList';

/** TGT-3 / TGT-4 half-yearly duty reports (述职) and their 三评: kept by each unit, evaluated by the subdistrict. */
export default {
  list: DutyReportList,
  create: DutyReportCreate,
  edit: DutyReportEdit,
  icon: RecordVoiceOverIcon,
};
