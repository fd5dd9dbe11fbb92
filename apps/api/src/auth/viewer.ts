import { GraphQLError } from 'graphql';
import type { Viewer } from '@liangwei/domain';
import type { Context } from '../graphql/context';

const PLEASE_LOG_IN = 'Please log in.';

/** UNAUTHENTICATED; `extensions.messageZh` carries the Chinese text. */
export function unauthenticated(message = PLEASE_LOG_IN, messageZh = message === PLEASE_LOG_IN ? '请先登录' : undefined): GraphQLError {
  return new GraphQLError(message, { extensions: messageZh === undefined ? { code: 'UNAUTHENTICATED' } : { code: 'UNAUTHENTICATED', messageZh } });
}

/** The viewer of an authenticated request; UNAUTHENTICATED otherwise. */
export function requireViewer(ctx: Context): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}
