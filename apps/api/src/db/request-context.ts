import { AsyncLocalStorage } from 'node:async_hooks';

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
}

export const actorStorage = new AsyncLocalStorage<Actor>();

export function currentActor(): Actor | undefined {
  return actorStorage.getStore();
}
