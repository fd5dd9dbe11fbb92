import { GraphQLError } from 'graphql';
import type { Viewer } from '@liangwei/domain';
import type { Context } from '../graphql/context';

export function unauthenticated(message = 'Please log in.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

/** The viewer of an authenticated request; UNAUTHENTICATED otherwise. */
export function requireViewer(ctx: Context): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}
