import { describe, expect, it } from 'vitest';
import { flatData, messageOf, setErrorLocale, toReactAdminError } from './errors';

const apolloError = (code: string, message: string, fields?: string[]) => ({
  message,
  status: 200,
  body: { graphQLErrors: [{ message, extensions: { code, ...(fields ? { fields } : {}) } }] },
});

describe('API errors and payloads', () => {
  it('sends flat values only: a relation object must not override the form unitId', () => {
    expect(flatData({ id: '1', unitId: 'u2', unit: { id: 'u1' }, 'unit.id': 'u1', name: 'x', endDate: null, changes: [] })).toEqual({
      id: '1',
      unitId: 'u2',
      name: 'x',
      endDate: null,
    });
  });

  it('says a stale version in our words: changed by someone else, reload', () => {
    const message = 'Cadre c1 was changed by someone else (version 3, yours 2); reload and try again.';
    const error = toReactAdminError(apolloError('CONFLICT', message)) as { message: string; status: number; body: { stale?: boolean } };
    expect(error).toMatchObject({ message: 'app.error.conflict', status: 409, body: { stale: true } });
  });

  it('keeps the reason of any other CONFLICT (a duplicate, an illegal state change)', () => {
    const message = 'The post is held by another appointment from 2021-03-20; end it first.';
    const error = toReactAdminError(apolloError('CONFLICT', message)) as { message: string; status: number; body: { stale?: boolean } };
    expect(error.message).toBe(message);
    expect(error.body.stale).toBeUndefined();
  });

  it('turns BAD_USER_INPUT fields into form errors', () => {
    const message = 'idNumber: check digit does not match (GB 11643); phone: not a mainland mobile or landline number; idNumber: encodes the other gender';
    const error = toReactAdminError(apolloError('BAD_USER_INPUT', message, ['idNumber', 'phone'])) as {
      message: string;
      body: { errors: Record<string, unknown> };
    };
    expect(error.message).toBe(message);
    expect(error.body.errors.idNumber).toBe('check digit does not match (GB 11643); encodes the other gender');
    expect(error.body.errors.phone).toBe('not a mainland mobile or landline number');
  });

  it('says FORBIDDEN and NOT_FOUND in the user\'s language, keeping the server\'s words', () => {
    expect(toReactAdminError(apolloError('FORBIDDEN', 'not your unit'))).toMatchObject({ message: 'app.error.forbidden', status: 403, body: { detail: 'not your unit' } });
    expect(toReactAdminError(apolloError('NOT_FOUND', 'no such cadre'))).toMatchObject({ message: 'app.error.not_found', status: 404 });
  });

  it('shows the server\'s Chinese text (extensions.messageZh) in the Chinese console and the English one in English', () => {
    const error = {
      graphQLErrors: [
        {
          message: 'idNumber: check digit does not match (GB 11643)',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: ['idNumber'],
            messageZh: '身份证号校验位不正确(GB 11643)',
            problems: [{ field: 'idNumber', message: 'check digit does not match (GB 11643)', messageZh: '身份证号校验位不正确(GB 11643)' }],
          },
        },
      ],
    };
    try {
      setErrorLocale(() => 'zh-CN');
      const zh = toReactAdminError(error) as { message: string; body: { errors: Record<string, string> } };
      expect(zh.message).toBe('身份证号校验位不正确(GB 11643)');
      expect(zh.body.errors.idNumber).toBe('身份证号校验位不正确(GB 11643)');
      setErrorLocale(() => 'en');
      const en = toReactAdminError(error) as { message: string; body: { errors: Record<string, string> } };
      expect(en.message).toBe('idNumber: check digit does not match (GB 11643)');
      expect(en.body.errors.idNumber).toBe('check digit does not match (GB 11643)');
      expect(messageOf({ message: 'only English' })).toBe('only English');
    } finally {
      setErrorLocale(() => 'zh-CN');
    }
  });
});
