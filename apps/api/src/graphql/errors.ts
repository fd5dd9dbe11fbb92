import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DeadlockException, LockWaitTimeoutException, OptimisticLockError, UniqueConstraintViolationException, ForeignKeyConstraintViolationException, NotNullConstraintViolationException } from '@mikro-orm/core';
import { DomainError, ValidationError } from '@liangwei/domain';
import { violatedConstraint } from '../db/constraints';
import { LIMIT_CODES, limitErrorFor } from '../limits/limit-errors';

const KNOWN_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE', ...LIMIT_CODES]);

/**
 * Domain and database errors → GraphQL error codes, in one place. Validation errors name the
 * offending fields; anything unexpected becomes a generic message with no stack trace.
 * `message` stays English; `extensions.messageZh` carries the Chinese text for the zh-CN console
 * (and `messageZh` on each entry of `extensions.problems`) wherever one is known.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original: unknown = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof ValidationError) {
    // Each problem carries its own `messageZh` (FieldProblem) when one was given.
    return { ...base, message: original.message, extensions: { code: 'BAD_USER_INPUT', fields: original.fields, problems: original.problems, ...zh(original.messageZh) } };
  }
  if (original instanceof DomainError) return { ...base, message: original.message, extensions: { code: original.code, ...zh(original.messageZh) } };
  if (original instanceof OptimisticLockError) {
    return { ...base, message: 'The record was changed by someone else; reload and try again.', extensions: { code: 'CONFLICT', messageZh: '该记录已被他人修改，请刷新后重试' } };
  }
  // A "one … per …" rule refused by the database (two concurrent requests both passed the code's check).
  const violated = violatedConstraint(original);
  if (violated) return { ...base, message: violated.rule.message, extensions: { code: 'CONFLICT', messageZh: violated.rule.messageZh } };
  if (original instanceof DeadlockException || original instanceof LockWaitTimeoutException) {
    return { ...base, message: 'Another change was being saved at the same time; try again.', extensions: { code: 'CONFLICT', messageZh: '有其他修改正在同时保存，请重试' } };
  }
  if (original instanceof UniqueConstraintViolationException) {
    return { ...base, message: 'A record with the same unique value already exists.', extensions: { code: 'CONFLICT', messageZh: '已存在相同的记录' } };
  }
  if (original instanceof ForeignKeyConstraintViolationException || original instanceof NotNullConstraintViolationException) {
    return { ...base, message: 'The change would break a reference between records.', extensions: { code: 'CONFLICT', messageZh: '该操作会破坏记录之间的关联' } };
  }
  const limit = limitErrorFor(original, error, formatted);
  if (limit) return limit;
  const code = formatted.extensions?.code;
  // A scalar's own BAD_USER_INPUT (a Date literal like "2025-02-29") surfaces from validation: keep its code.
  if (code === 'GRAPHQL_VALIDATION_FAILED' && error instanceof GraphQLError && error.originalError instanceof GraphQLError && error.originalError.extensions?.code === 'BAD_USER_INPUT') {
    return { ...base, extensions: { code: 'BAD_USER_INPUT', ...zh(error.originalError.extensions.messageZh) } };
  }
  if (typeof code === 'string' && KNOWN_CODES.has(code)) {
    const { stacktrace: _s, exception: _e, ...extensions } = formatted.extensions ?? {};
    return { ...base, extensions };
  }
  if (original instanceof GraphQLError && original.extensions?.code) return { ...base, extensions: { code: original.extensions.code, ...zh(original.extensions.messageZh) } };
  if (process.env.NODE_ENV !== 'test' || process.env.LOG_ERRORS === '1') console.error('Unexpected error:', original);
  return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', messageZh: '服务器内部错误' } };
}

/** `{ messageZh }` when there is a Chinese text, else nothing (no empty field). */
function zh(messageZh: unknown): { messageZh?: string } {
  return typeof messageZh === 'string' && messageZh.length > 0 ? { messageZh } : {};
}
