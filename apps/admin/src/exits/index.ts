import ExitToAppIcon from '@mui/icons-material/ExitToApp';
import { createElement } from 'react';
import { ExitCreate } from './ExitCreate';
import { ExitLabel } from './ExitLabel';
import { ExitRecordList } from './ExitRecordList';
import { ExitRecordShow } from './ExitRecordShow';

/** MGT-3 exits: recorded by `exitCadre` (the create page, admins); never edited or deleted. */
export default {
  list: ExitRecordList,
  show: ExitRecordShow,
  create: ExitCreate,
  icon: ExitToAppIcon,
  recordRepresentation: createElement(ExitLabel),
};
