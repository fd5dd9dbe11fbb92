import HomeWorkIcon from '@mui/icons-material/HomeWork';
import { UnitCreate } from './UnitCreate';
import { UnitEdit } from './UnitEdit';
import { UnitList } from './UnitList';
import { UnitShow } from './UnitShow';

export default {
  list: UnitList,
  show: UnitShow,
  edit: UnitEdit,
  create: UnitCreate,
  icon: HomeWorkIcon,
  recordRepresentation: 'name',
};
