import { ValidationError, type FieldProblem, type Problems } from './errors';

/**
 * Test support: the problems a collector holds, read through its public API (`throwIfAny`) —
 * the English field and message; the Chinese texts are checked in shared/messages.unit.spec.ts.
 */
export function problemsOf(problems: Problems): FieldProblem[] {
  try {
    problems.throwIfAny();
    return [];
  } catch (error) {
    if (error instanceof ValidationError) return error.problems.map(({ field, message }) => ({ field, message }));
    throw error;
  }
}

/** Test support: the offending fields only. */
export function fieldsOf(problems: Problems): string[] {
  return problemsOf(problems).map((p) => p.field);
}
