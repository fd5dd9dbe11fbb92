import RuleIcon from '@mui/icons-material/Rule';
import { createElement } from 'react';
import { ReferenceField } from 'react-admin';
import { AppointmentLabel } from '../appointments/AppointmentLabel';
import { SelectionCreate } from './SelectionCreate';
import { SelectionEdit } from './SelectionEdit';
import { SelectionList } from './SelectionList';
import { SelectionShow } from './SelectionShow';

/** SEL-3..5 secretary selections: read by everyone in scope, written by admins. */
export default {
  list: SelectionList,
  show: SelectionShow,
  create: SelectionCreate,
  edit: SelectionEdit,
  icon: RuleIcon,
  recordRepresentation: createElement(ReferenceField, { source: 'appointmentId', reference: 'appointments', link: false }, createElement(AppointmentLabel)),
};
