import { AsyncLocalStorage } from 'node:async_hooks';
import type { AuditChange } from '../audit/audit-entry.entity';

/** Who is changing data, for the audit log; set around each GraphQL request and the seeders. */
export interface Actor {
  userId: string | null;
  username: string;
  /** The mutation being executed, e.g. `updateCadre`. */
  action?: string;
  /** the request's clock (audit entries carry it) */
  now?: Date;
  /** A bulk load (the demo seed): the audit entry counts the rows instead of listing every field. */
  bulk?: boolean;
  /**
   * Changes written by plain SQL statements in the transaction of the next flush (the roster
   * import): that flush's one audit entry lists them after the ORM's own, and they are forgotten.
   */
  writtenBySql?: AuditChange[];
}

export const actorStorage = new AsyncLocalStorage<Actor>();

export function currentActor(): Actor | undefined {
  return actorStorage.getStore();
}
