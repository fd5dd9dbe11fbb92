import FactCheckIcon from '@mui/icons-material/FactCheck';
import { AssessmentYearCreate, AssessmentYearEdit } from './AssessmentYearCreate';
import { AssessmentYearList } from './AssessmentYearList';
import { AssessmentYearShow } from './AssessmentYearShow';

/** ASM-1/5 assessment years: subdistrict data; units read the published ones, admins write. */
export default {
  list: AssessmentYearList,
  show: AssessmentYearShow,
  create: AssessmentYearCreate,
  edit: AssessmentYearEdit,
  icon: FactCheckIcon,
  recordRepresentation: 'year',
};
