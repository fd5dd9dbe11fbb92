import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import { DisciplineCaseCreate } from './DisciplineCaseCreate';
import { DisciplineCaseList } from './DisciplineCaseList';
import { DisciplineCaseShow } from './DisciplineCaseShow';

/** MGT-1 discipline cases: opened and decided by the subdistrict, the rectification answered by the unit. */
export default {
  list: DisciplineCaseList,
  show: DisciplineCaseShow,
  create: DisciplineCaseCreate,
  icon: ReportProblemIcon,
};
