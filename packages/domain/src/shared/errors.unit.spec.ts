import { describe, expect, it } from 'vitest';
import { ConflictError, DomainError, ForbiddenError, NotFoundError, Problems, ValidationError } from './errors';

describe('SEL-1 validation errors report every problem at once', () => {
  it('SEL-1 an empty collector throws nothing', () => {
    const problems = new Problems();
    expect(problems.count).toBe(0);
    expect(() => problems.throwIfAny()).not.toThrow();
  });

  it('SEL-1 check() adds a problem only when the condition fails', () => {
    const problems = new Problems().check(true, 'name', 'required').check(false, 'phone', 'bad');
    expect(problems.count).toBe(1);
  });

  it('SEL-1 throwIfAny throws one ValidationError with all problems, their fields and a joined message', () => {
    const problems = new Problems().add('name', 'required').add('phone', 'bad');
    try {
      problems.throwIfAny();
      expect.unreachable('throwIfAny should throw');
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toBeInstanceOf(DomainError);
      const validation = error as ValidationError;
      expect(validation.code).toBe('BAD_USER_INPUT');
      expect(validation.name).toBe('ValidationError');
      expect(validation.fields).toEqual(['name', 'phone']);
      expect(validation.message).toBe('name: required; phone: bad');
    }
  });

  it('SEL-1 the thrown error keeps a snapshot: later additions do not change it', () => {
    const problems = new Problems().add('name', 'required');
    let thrown: ValidationError | undefined;
    try {
      problems.throwIfAny();
    } catch (error) {
      thrown = error as ValidationError;
    }
    problems.add('phone', 'bad');
    expect(thrown?.fields).toEqual(['name']);
  });
});

describe('ROLE-4 domain error codes', () => {
  it('ROLE-4 forbidden and not found carry their codes and names', () => {
    const forbidden = new ForbiddenError();
    expect(forbidden.code).toBe('FORBIDDEN');
    expect(forbidden.name).toBe('ForbiddenError');
    expect(forbidden.message).toBe('You may not do this.');
    const notFound = new NotFoundError('Cadre', 'c1');
    expect(notFound.code).toBe('NOT_FOUND');
    expect(notFound.message).toBe('Cadre c1 was not found.');
  });

  it('SEL-2 a conflict carries CONFLICT', () => {
    const conflict = new ConflictError('appointment overlaps');
    expect(conflict.code).toBe('CONFLICT');
    expect(conflict).toBeInstanceOf(Error);
    expect(conflict.message).toBe('appointment overlaps');
  });
});
