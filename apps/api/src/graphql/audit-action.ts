import type { GraphQLSchema } from 'graphql';
import { currentActor } from '../db/request-context';

/**
 * Names the audit entry after the mutation being executed (e.g. `updateCadre`): each root field of
 * the Mutation type sets the request's action as it starts. Root mutation fields run one after
 * another, so each sets the action before its own flush. Only the root mutation fields are
 * wrapped: no other field does any work for the audit.
 */
export function recordMutationNames(schema: GraphQLSchema): void {
  const mutation = schema.getMutationType();
  if (!mutation) return;
  for (const field of Object.values(mutation.getFields())) {
    const resolve = field.resolve;
    if (!resolve) continue;
    const action = field.name;
    field.resolve = (source, args, context, info) => {
      const actor = currentActor();
      if (actor) actor.action = action;
      return resolve(source, args, context, info);
    };
  }
}
