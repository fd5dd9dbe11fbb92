import AssignmentIcon from '@mui/icons-material/Assignment';
import ChecklistIcon from '@mui/icons-material/Checklist';
import FlagIcon from '@mui/icons-material/Flag';
import HistoryIcon from '@mui/icons-material/History';
import WorkOutlineIcon from '@mui/icons-material/Work';
import BadgeIcon from '@mui/icons-material/Badge';
import { AnnualPlanCreate, AnnualPlanEdit, AnnualPlanList, AnnualPlanShow } from './AnnualPlans';
import { DutyTemplateCreate, DutyTemplateEdit, DutyTemplateList, PostDutyCreate, PostDutyEdit, PostDutyList, TermTargetCreate, TermTargetEdit, TermTargetList } from './Duties';
import { PlanItemCreate, PlanItemEdit, PlanItemList, PlanProgressUpdateList } from './PlanItems';

/** TGT-1/2 三定: duties, term targets, annual plans with their targets and practical matters, progress. */
export const annualPlans = { list: AnnualPlanList, show: AnnualPlanShow, create: AnnualPlanCreate, edit: AnnualPlanEdit, icon: AssignmentIcon };
export const planItems = { list: PlanItemList, create: PlanItemCreate, edit: PlanItemEdit, icon: ChecklistIcon };
export const planProgressUpdates = { list: PlanProgressUpdateList, icon: HistoryIcon };
export const dutyTemplates = { list: DutyTemplateList, create: DutyTemplateCreate, edit: DutyTemplateEdit, icon: WorkOutlineIcon };
export const postDuties = { list: PostDutyList, create: PostDutyCreate, edit: PostDutyEdit, icon: BadgeIcon };
export const termTargets = { list: TermTargetList, create: TermTargetCreate, edit: TermTargetEdit, icon: FlagIcon };
export { PlansAwaitingApprovalCount } from './PlansAwaitingApprovalCount';
export { planMessages } from './messages';
