import AssignmentLateIcon from '@mui/icons-material/AssignmentLate';
import CampaignIcon from '@mui/icons-material/Campaign';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import { InspectionFindingCreate, InspectionFindingEdit, InspectionFindingList, InspectionFindingShow } from './findings';
import { InspectionNoticeCreate, InspectionNoticeEdit, InspectionNoticeList, InspectionNoticeShow } from './notices';
import { InspectionRoundCreate, InspectionRoundEdit, InspectionRoundList, InspectionRoundShow } from './rounds';

/** INS-1 the inspection months (rounds) with their findings and notice. */
export const inspectionRounds = { list: InspectionRoundList, show: InspectionRoundShow, create: InspectionRoundCreate, edit: InspectionRoundEdit, icon: FactCheckIcon };
/** INS-1 findings: a unit's inbox of its own, with the rectification steps. */
export const inspectionFindings = { list: InspectionFindingList, show: InspectionFindingShow, create: InspectionFindingCreate, edit: InspectionFindingEdit, icon: AssignmentLateIcon };
/** INS-1 written notices: issued ones are read by every unit as written. */
export const inspectionNotices = { list: InspectionNoticeList, show: InspectionNoticeShow, create: InspectionNoticeCreate, edit: InspectionNoticeEdit, icon: CampaignIcon };
export { InspectionDeductions } from './InspectionDeductions';
export { OverdueRectificationCount } from './OverdueRectificationCount';
