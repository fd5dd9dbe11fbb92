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

describe('API errors: an optional Chinese text (messageZh) next to the English message', () => {
  it('API errors: add() and check() keep the Chinese text on the problem; without one the problem has no messageZh', () => {
    const problems = new Problems().add('name', 'required', '姓名不能为空').check(false, 'phone', 'bad', '联系电话不正确').add('note', 'too long');
    try {
      problems.throwIfAny();
      expect.unreachable('throwIfAny should throw');
    } catch (error) {
      const validation = error as ValidationError;
      expect(validation.problems).toStrictEqual([
        { field: 'name', message: 'required', messageZh: '姓名不能为空' },
        { field: 'phone', message: 'bad', messageZh: '联系电话不正确' },
        { field: 'note', message: 'too long' },
      ]);
      expect(validation.message).toBe('name: required; phone: bad; note: too long');
    }
  });

  it('SEL-1 a ValidationError joins its problems’ Chinese texts with "；" when every problem has one, and keeps the English message', () => {
    const validation = new ValidationError([
      { field: 'name', message: 'required', messageZh: '姓名不能为空' },
      { field: 'phone', message: 'bad', messageZh: '联系电话不正确' },
    ]);
    expect(validation.message).toBe('name: required; phone: bad');
    expect(validation.messageZh).toBe('姓名不能为空；联系电话不正确');
  });

  it('SEL-1 a ValidationError has no Chinese text when a problem lacks one, unless it is given', () => {
    const problems = [
      { field: 'name', message: 'required', messageZh: '姓名不能为空' },
      { field: 'phone', message: 'bad' },
    ];
    expect(new ValidationError(problems).messageZh).toBeUndefined();
    expect(new ValidationError([]).messageZh).toBeUndefined();
    expect(new ValidationError(problems, '请检查填写的内容').messageZh).toBe('请检查填写的内容');
  });

  it('API errors: conflicts, forbidden and domain errors take the Chinese text as their last argument; the English one is unchanged', () => {
    const conflict = new ConflictError('This post already has a reserve; release that pair first.', '该岗位已有后备干部，请先解除结对');
    expect(conflict.message).toBe('This post already has a reserve; release that pair first.');
    expect(conflict.messageZh).toBe('该岗位已有后备干部，请先解除结对');
    expect(new ConflictError('appointment overlaps').messageZh).toBeUndefined();
    const forbidden = new ForbiddenError('Your role may not create cadres.', '您的角色无权执行此操作');
    expect(forbidden.message).toBe('Your role may not create cadres.');
    expect(forbidden.messageZh).toBe('您的角色无权执行此操作');
    expect(new DomainError('CONFLICT', 'x', '某项').messageZh).toBe('某项');
    expect(new DomainError('CONFLICT', 'x').messageZh).toBeUndefined();
  });

  it('ROLE-4 the default forbidden error and a not-found error bring their own Chinese text', () => {
    expect(new ForbiddenError().messageZh).toBe('您无权执行此操作');
    expect(new ForbiddenError('Only admins.').messageZh).toBeUndefined();
    const notFound = new NotFoundError('Cadre', 'c1');
    expect(notFound.message).toBe('Cadre c1 was not found.');
    expect(notFound.messageZh).toBe('未找到该记录');
  });
});
