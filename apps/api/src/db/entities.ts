import { BaseEntity } from '../common/base.entity';
import { Unit } from '../org/unit.entity';
import { Post } from '../org/post.entity';
import { Cadre } from '../cadre/cadre.entity';
import { Appointment } from '../cadre/appointment.entity';
import { User } from '../users/user.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { LoginThrottle } from '../auth/login-throttle.entity';
import { UnitOwnedEntity } from '../common/unit-owned.entity';
import { ReserveAssignment, ReserveCandidate, ReserveStepRecord, SuccessionPair, SuccessionProposal } from '../reserve/reserve.entities';
import { ExitRecord } from '../exit/exit-record.entity';
import { SecretarySelection } from '../selection/secretary-selection.entity';
import { TrainingParticipation, TrainingSession } from '../training/training.entities';
import { PolicyValue } from '../policy/policy.entity';
import { assessmentEntities } from '../assessment';
import { payEntities } from '../pay';
import { careEntities } from '../care';
import { cadreFormEntities } from '../cadre-form';
import { disciplineEntities } from '../discipline';
import { inspectionEntities } from '../inspection';
import { targetsEntities } from '../targets';
import { reportsEntities } from '../reports';
import { excelEntities } from '../excel';

/** Every entity, for the ORM's discovery. */
export const entities = [
  BaseEntity,
  UnitOwnedEntity,
  Unit,
  Post,
  Cadre,
  Appointment,
  User,
  AuditEntry,
  LoginThrottle,
  ReserveCandidate,
  ReserveStepRecord,
  ReserveAssignment,
  SuccessionPair,
  SuccessionProposal,
  ExitRecord,
  SecretarySelection,
  TrainingSession,
  TrainingParticipation,
  PolicyValue,
  ...assessmentEntities,
  ...payEntities,
  ...careEntities,
  ...cadreFormEntities,
  ...disciplineEntities,
  ...inspectionEntities,
  ...targetsEntities,
  ...reportsEntities,
  ...excelEntities,
];
