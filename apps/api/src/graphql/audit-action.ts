import type { MiddlewareFn } from 'type-graphql';
import { currentActor } from '../db/request-context';
import type { Context } from './context';

/**
 * A global middleware: names the audit entry after the mutation being executed (e.g. `updateCadre`).
 * Root mutation fields run one after another, so each sets the action before its own flush.
 */
export const RecordMutationName: MiddlewareFn<Context> = async ({ info }, next) => {
  if (info.operation.operation === 'mutation' && info.path.prev === undefined) {
    const actor = currentActor();
    if (actor) actor.action = info.fieldName;
  }
  return next();
};
