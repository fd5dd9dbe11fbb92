import VolunteerActivismIcon from '@mui/icons-material/VolunteerActivism';
import { CareEventCreate, CareEventEdit } from './CareEventCreate';
import { CareEventList } from './CareEventList';

/** PAY-5 home visits and physical exams: recorded by the subdistrict, read by the unit concerned. */
export default {
  list: CareEventList,
  create: CareEventCreate,
  edit: CareEventEdit,
  icon: VolunteerActivismIcon,
};
