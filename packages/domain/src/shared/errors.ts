/**
 * Named domain errors. The API maps each `code` to a GraphQL error code in one place; the
 * console shows `message`, or `messageZh` (the same text in Chinese) where one is given.
 * `fields` name the offending input paths of a validation error.
 */
export type DomainErrorCode = 'BAD_USER_INPUT' | 'CONFLICT' | 'FORBIDDEN' | 'NOT_FOUND';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** The same text in Chinese (zh-CN), for the console; absent where none was given. */
    readonly messageZh?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export interface FieldProblem {
  field: string;
  message: string;
  /** The same problem in Chinese (zh-CN), a whole sentence that names the field itself. */
  messageZh?: string;
}

/** Bad input: one or more fields are invalid. Nothing has been written. */
export class ValidationError extends DomainError {
  /** `messageZh` defaults to the problems' Chinese texts joined with '；', when every problem has one. */
  constructor(
    readonly problems: FieldProblem[],
    messageZh?: string,
  ) {
    super('BAD_USER_INPUT', problems.map((p) => `${p.field}: ${p.message}`).join('; '), messageZh ?? joinedZh(problems));
  }

  get fields(): string[] {
    return this.problems.map((p) => p.field);
  }
}

function joinedZh(problems: FieldProblem[]): string | undefined {
  if (problems.length === 0 || problems.some((p) => !p.messageZh)) return undefined;
  return problems.map((p) => p.messageZh).join('；');
}

/** An illegal state change, a duplicate or a stale version. */
export class ConflictError extends DomainError {
  constructor(message: string, messageZh?: string) {
    super('CONFLICT', message, messageZh);
  }
}

const FORBIDDEN_DEFAULT = 'You may not do this.';
const FORBIDDEN_DEFAULT_ZH = '您无权执行此操作';

export class ForbiddenError extends DomainError {
  constructor(message = FORBIDDEN_DEFAULT, messageZh?: string) {
    super('FORBIDDEN', message, messageZh ?? (message === FORBIDDEN_DEFAULT ? FORBIDDEN_DEFAULT_ZH : undefined));
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, id: string, messageZh = '未找到该记录') {
    super('NOT_FOUND', `${what} ${id} was not found.`, messageZh);
  }
}

/** Collects field problems and throws them together, so the user sees every problem at once. */
export class Problems {
  private readonly list: FieldProblem[] = [];

  add(field: string, message: string, messageZh?: string): this {
    this.list.push(messageZh === undefined ? { field, message } : { field, message, messageZh });
    return this;
  }

  check(condition: boolean, field: string, message: string, messageZh?: string): this {
    if (!condition) this.add(field, message, messageZh);
    return this;
  }

  get count(): number {
    return this.list.length;
  }

  throwIfAny(): void {
    if (this.list.length > 0) throw new ValidationError([...this.list]);
  }
}
