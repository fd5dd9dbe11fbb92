import { BaseEntity } from '../common/base.entity';
import { Unit } from '../org/unit.entity';
import { Post } from '../org/post.entity';
import { Cadre } from '../cadre/cadre.entity';
import { Appointment } from '../cadre/appointment.entity';
import { User } from '../users/user.entity';
import { AuditEntry } from '../audit/audit-entry.entity';

/** Every entity, for the ORM's discovery. */
export const entities = [BaseEntity, Unit, Post, Cadre, Appointment, User, AuditEntry];
