/**
 * Named domain errors. The API maps each `code` to a GraphQL error code in one place; the
 * console shows `message`. `fields` name the offending input paths of a validation error.
 */
export type DomainErrorCode = 'BAD_USER_INPUT' | 'CONFLICT' | 'FORBIDDEN' | 'NOT_FOUND';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export interface FieldProblem {
  field: string;
  message: string;
}

/** Bad input: one or more fields are invalid. Nothing has been written. */
export class ValidationError extends DomainError {
  constructor(readonly problems: FieldProblem[]) {
    super('BAD_USER_INPUT', problems.map((p) => `${p.field}: ${p.message}`).join('; '));
  }

  get fields(): string[] {
    return this.problems.map((p) => p.field);
  }
}

/** An illegal state change, a duplicate or a stale version. */
export class ConflictError extends DomainError {
  constructor(message: string) {
    super('CONFLICT', message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You may not do this.') {
    super('FORBIDDEN', message);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, id: string) {
    super('NOT_FOUND', `${what} ${id} was not found.`);
  }
}

/** Collects field problems and throws them together, so the user sees every problem at once. */
export class Problems {
  private readonly list: FieldProblem[] = [];

  add(field: string, message: string): this {
    this.list.push({ field, message });
    return this;
  }

  check(condition: boolean, field: string, message: string): this {
    if (!condition) this.add(field, message);
    return this;
  }

  get count(): number {
    return this.list.length;
  }

  throwIfAny(): void {
    if (this.list.length > 0) throw new ValidationError([...this.list]);
  }
}
