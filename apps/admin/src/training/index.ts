import SchoolIcon from '@mui/icons-material/School';
import { SessionCreate } from './SessionCreate';
import { SessionEdit } from './SessionEdit';
import { SessionList } from './SessionList';
import { SessionShow } from './SessionShow';

/** TRN-1 sessions: subdistrict data, read by units, written by admins. */
export default {
  list: SessionList,
  show: SessionShow,
  create: SessionCreate,
  edit: SessionEdit,
  icon: SchoolIcon,
  recordRepresentation: 'title',
};
