import PeopleIcon from '@mui/icons-material/People';
import { CadreCreate } from './CadreCreate';
import { CadreEdit } from './CadreEdit';
import { CadreList } from './CadreList';
import { CadreShow } from './CadreShow';

export default {
  list: CadreList,
  show: CadreShow,
  edit: CadreEdit,
  create: CadreCreate,
  icon: PeopleIcon,
  recordRepresentation: 'name',
};
