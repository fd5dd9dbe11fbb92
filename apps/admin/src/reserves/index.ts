import HowToRegIcon from '@mui/icons-material/HowToReg';
import { createElement } from 'react';
import { AssignmentCreate } from './AssignmentCreate';
import { AssignmentEdit } from './AssignmentEdit';
import { ReserveCandidateLabel } from './ReserveCandidateLabel';
import { ReserveCandidateList } from './ReserveCandidateList';
import { ReserveCandidateShow } from './ReserveCandidateShow';
import { ReserveRecommend } from './ReserveRecommend';

/** RES-3 the reserve pipeline: candidacies are created by recommendation and moved on by steps (no edit page). */
export default {
  list: ReserveCandidateList,
  show: ReserveCandidateShow,
  create: ReserveRecommend,
  icon: HowToRegIcon,
  recordRepresentation: createElement(ReserveCandidateLabel),
};

/** RES-5 development assignments: created and edited from the reserve's page. */
export const reserveAssignments = {
  create: AssignmentCreate,
  edit: AssignmentEdit,
};
