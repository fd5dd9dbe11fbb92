import { describe, expect, it } from 'vitest';
import { TEXT_LIMITS } from '@liangwei/domain';
import { textLimit } from './validation';

/** The first error of a field's validators for a value (react-admin runs them in order). */
function firstError(validators: ReturnType<typeof textLimit>, value: string): unknown {
  for (const validate of validators) {
    const error = validate(value, {}, {} as never);
    if (error) return error;
  }
  return undefined;
}

describe('a text input takes its limits from the domain declaration', () => {
  it('SEL-1 the ethnicity: 20 characters as the column and the API, one line, no control characters', () => {
    const validators = textLimit('Cadre', 'ethnicity');
    expect(TEXT_LIMITS.Cadre.ethnicity.max).toBe(20);
    expect(firstError(validators, '族'.repeat(20))).toBeUndefined();
    expect(firstError(validators, '族'.repeat(21))).toMatchObject({ message: 'ra.validation.maxLength', args: { max: 20 } });
    expect(firstError(validators, '汉\u0000')).toBe('app.validation.plain_text');
    expect(firstError(validators, '汉\n族')).toBe('app.validation.plain_text');
  });

  it('SEL-1 a note spans lines; a NUL byte is still refused', () => {
    const validators = textLimit('Cadre', 'note');
    expect(firstError(validators, '第一行\n第二行\t')).toBeUndefined();
    expect(firstError(validators, 'a\u0000')).toBe('app.validation.plain_text');
  });

  it('ORG-2 a unit code and a username are as long as their columns (32)', () => {
    expect(firstError(textLimit('Unit', 'code'), 'c'.repeat(33))).toMatchObject({ args: { max: 32 } });
    expect(firstError(textLimit('User', 'username'), 'u'.repeat(33))).toMatchObject({ args: { max: 32 } });
  });
});
