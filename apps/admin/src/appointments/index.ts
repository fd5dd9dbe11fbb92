import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import { createElement } from 'react';
import { AppointmentCreate } from './AppointmentCreate';
import { AppointmentEdit } from './AppointmentEdit';
import { AppointmentLabel } from './AppointmentLabel';
import { AppointmentList } from './AppointmentList';
import { AppointmentShow } from './AppointmentShow';

export default {
  list: AppointmentList,
  show: AppointmentShow,
  edit: AppointmentEdit,
  create: AppointmentCreate,
  icon: AssignmentIndIcon,
  recordRepresentation: createElement(AppointmentLabel),
};
