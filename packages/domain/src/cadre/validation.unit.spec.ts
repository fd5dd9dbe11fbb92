import { describe, expect, it } from 'vitest';
import { Problems, ValidationError } from '../shared/errors';
import { Gender } from './enums';
import { makeIdNumber } from './id-number';
import { checkAppointmentDates, checkCadreFacts, isOpenOn, type CadreFacts } from './validation';
import { problemsOf, fieldsOf } from '../shared/problems.test-support';

const TODAY = '2025-06-15';

/** A complete, consistent cadre: born 1949-12-31, female, with the matching ID number. */
const valid: CadreFacts = {
  name: '王秀兰',
  gender: Gender.FEMALE,
  birthDate: '1949-12-31',
  idNumber: '11010519491231002X',
  phone: '13812345678',
};

describe('SEL-1 checkCadreFacts: a cadre\'s personal data', () => {
  it('SEL-1 complete and consistent facts raise no problem', () => {
    const problems = checkCadreFacts(valid, TODAY);
    expect(problems.count).toBe(0);
    expect(() => problems.throwIfAny()).not.toThrow();
  });

  it('SEL-1 only a name is required; the other facts are optional', () => {
    expect(checkCadreFacts({ name: '李强' }, TODAY).count).toBe(0);
    expect(checkCadreFacts({ name: '李强', gender: null, birthDate: null, idNumber: null, phone: null }, TODAY).count).toBe(0);
    expect(checkCadreFacts({ name: '李强', idNumber: '', phone: '' }, TODAY).count).toBe(0);
  });

  it('SEL-1 an empty, blank or missing name is a problem on "name"', () => {
    expect(fieldsOf(checkCadreFacts({ ...valid, name: '' }, TODAY))).toEqual(['name']);
    expect(fieldsOf(checkCadreFacts({ ...valid, name: '   ' }, TODAY))).toEqual(['name']);
    expect(fieldsOf(checkCadreFacts({ ...valid, name: null }, TODAY))).toEqual(['name']);
    expect(fieldsOf(checkCadreFacts({ ...valid, name: undefined }, TODAY))).toEqual(['name']);
  });

  it('SEL-1 a name may have up to 50 characters (after trimming), not 51', () => {
    expect(checkCadreFacts({ ...valid, name: '张'.repeat(50) }, TODAY).count).toBe(0);
    expect(checkCadreFacts({ ...valid, name: `  ${'张'.repeat(50)}  ` }, TODAY).count).toBe(0);
    expect(fieldsOf(checkCadreFacts({ ...valid, name: '张'.repeat(51) }, TODAY))).toEqual(['name']);
  });

  it('SEL-1 a birth date after today is rejected as lying in the future', () => {
    const problems = problemsOf(checkCadreFacts({ name: '李强', birthDate: '2025-06-16' }, TODAY));
    expect(problems).toEqual([{ field: 'birthDate', message: 'lies in the future' }]);
  });

  it('SEL-1 a birth date that is not a real date is rejected', () => {
    expect(problemsOf(checkCadreFacts({ name: '李强', birthDate: '2025-02-29' }, TODAY))).toEqual([{ field: 'birthDate', message: 'not a date (YYYY-MM-DD)' }]);
    expect(fieldsOf(checkCadreFacts({ name: '李强', birthDate: '2024-13-01' }, TODAY))).toEqual(['birthDate']);
    expect(fieldsOf(checkCadreFacts({ name: '李强', birthDate: '2024-1-1' }, TODAY))).toEqual(['birthDate']);
  });

  it('SEL-1 under 16: the day before the 16th birthday is rejected, on the birthday accepted', () => {
    expect(problemsOf(checkCadreFacts({ name: '李强', birthDate: '2009-06-16' }, TODAY))).toEqual([{ field: 'birthDate', message: 'a cadre is at least 16 years old' }]);
    expect(checkCadreFacts({ name: '李强', birthDate: '2009-06-15' }, TODAY).count).toBe(0);
  });

  it('SEL-1 born today is under 16, not in the future', () => {
    expect(problemsOf(checkCadreFacts({ name: '李强', birthDate: TODAY }, TODAY))).toEqual([{ field: 'birthDate', message: 'a cadre is at least 16 years old' }]);
  });

  it('SEL-1 an ID number encoding another birth date than the one entered is a problem on "idNumber"', () => {
    const problems = problemsOf(checkCadreFacts({ ...valid, birthDate: '1949-12-30' }, TODAY));
    expect(problems).toEqual([{ field: 'idNumber', message: 'encodes birth date 1949-12-31, not 1949-12-30' }]);
  });

  it('SEL-1 an ID number encoding the other gender is a problem on "idNumber"', () => {
    expect(problemsOf(checkCadreFacts({ ...valid, gender: Gender.MALE }, TODAY))).toEqual([{ field: 'idNumber', message: 'encodes the other gender' }]);
    const male = makeIdNumber('110105', '1980-06-15', 121);
    expect(checkCadreFacts({ name: '李强', gender: Gender.MALE, birthDate: '1980-06-15', idNumber: male }, TODAY).count).toBe(0);
    expect(fieldsOf(checkCadreFacts({ name: '李强', gender: Gender.FEMALE, birthDate: '1980-06-15', idNumber: male }, TODAY))).toEqual(['idNumber']);
  });

  it('SEL-1 an ID number with a lower-case x matches like the upper-case one', () => {
    expect(checkCadreFacts({ ...valid, idNumber: '11010519491231002x' }, TODAY).count).toBe(0);
  });

  it('SEL-1 an invalid ID number is reported by kind: checksum, birth date, format', () => {
    expect(problemsOf(checkCadreFacts({ name: '王秀兰', idNumber: '110105194912310020' }, TODAY))).toEqual([{ field: 'idNumber', message: 'check digit does not match (GB 11643)' }]);
    expect(problemsOf(checkCadreFacts({ name: '王秀兰', idNumber: '110105202302290015' }, TODAY))).toEqual([{ field: 'idNumber', message: 'contains no valid birth date' }]);
    expect(problemsOf(checkCadreFacts({ name: '王秀兰', idNumber: '11010519491231002' }, TODAY))).toEqual([{ field: 'idNumber', message: 'must be 17 digits followed by a digit or X' }]);
  });

  it('SEL-1 an invalid ID number is not also compared with the birth date and gender', () => {
    expect(fieldsOf(checkCadreFacts({ ...valid, gender: Gender.MALE, birthDate: '1950-01-01', idNumber: '110105194912310020' }, TODAY))).toEqual(['idNumber']);
  });

  it('SEL-1 when the entered birth date is itself invalid, only the birth date is reported (no mismatch noise)', () => {
    expect(fieldsOf(checkCadreFacts({ ...valid, birthDate: '1949-02-30' }, TODAY))).toEqual(['birthDate']);
  });

  it.each(['13812345678', '19912345678', '010-12345678', '01012345678', '0571-8765432', '05718765432'])('SEL-1 phone %s is accepted', (phone) => {
    expect(checkCadreFacts({ name: '李强', phone }, TODAY).count).toBe(0);
  });

  it.each([
    ['1381234567', '10-digit mobile'],
    ['138123456789', '12-digit mobile'],
    ['23812345678', 'mobile not starting with 1'],
    ['+8613812345678', 'international prefix'],
    ['138 1234 5678', 'spaces'],
    ['12345', 'too short'],
    ['010-123456', 'landline number too short'],
    ['phone', 'letters'],
  ])('SEL-1 phone %s is rejected (%s)', (phone) => {
    expect(problemsOf(checkCadreFacts({ name: '李强', phone }, TODAY))).toEqual([{ field: 'phone', message: 'not a mainland mobile or landline number' }]);
  });

  it('SEL-1 several problems are reported together, in field order', () => {
    const problems = checkCadreFacts({ name: ' ', gender: Gender.MALE, birthDate: '2030-01-01', idNumber: '110105194912310020', phone: '123' }, TODAY);
    expect(problems.count).toBe(4);
    expect(fieldsOf(problems)).toEqual(['name', 'birthDate', 'idNumber', 'phone']);
    try {
      problems.throwIfAny();
      expect.unreachable('throwIfAny should throw');
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      const validation = error as ValidationError;
      expect(validation.code).toBe('BAD_USER_INPUT');
      expect(validation.fields).toEqual(['name', 'birthDate', 'idNumber', 'phone']);
      expect(validation.message).toContain('birthDate: lies in the future');
      expect(validation.message).toContain('phone: not a mainland mobile or landline number');
    }
  });

  it('SEL-1 a mismatched birth date and gender in one ID number are both reported', () => {
    expect(problemsOf(checkCadreFacts({ ...valid, gender: Gender.MALE, birthDate: '1949-12-30' }, TODAY))).toEqual([
      { field: 'idNumber', message: 'encodes birth date 1949-12-31, not 1949-12-30' },
      { field: 'idNumber', message: 'encodes the other gender' },
    ]);
  });

  it('SEL-1 problems are added to a collector passed in (create and update share one error)', () => {
    const shared = new Problems().add('unitId', 'unknown unit');
    const returned = checkCadreFacts({ ...valid, name: '' }, TODAY, shared);
    expect(returned).toBe(shared);
    expect(fieldsOf(shared)).toEqual(['unitId', 'name']);
  });
});

describe('SEL-2 checkAppointmentDates', () => {
  it('SEL-2 a start date with no end date (still in post) is fine', () => {
    expect(checkAppointmentDates('2021-01-01', null).count).toBe(0);
    expect(checkAppointmentDates('2021-01-01', undefined).count).toBe(0);
  });

  it('SEL-2 an end date before the start date is rejected', () => {
    expect(problemsOf(checkAppointmentDates('2021-01-02', '2021-01-01'))).toEqual([{ field: 'endDate', message: 'lies before the start date' }]);
  });

  it('SEL-2 an end date equal to the start date is allowed', () => {
    expect(checkAppointmentDates('2021-01-01', '2021-01-01').count).toBe(0);
  });

  it('SEL-2 an end date after the start date is allowed', () => {
    expect(checkAppointmentDates('2021-01-01', '2024-01-01').count).toBe(0);
  });

  it('SEL-2 a start date is required and must be a real date', () => {
    expect(problemsOf(checkAppointmentDates(null, null))).toEqual([{ field: 'startDate', message: 'a start date (YYYY-MM-DD) is required' }]);
    expect(fieldsOf(checkAppointmentDates(undefined, undefined))).toEqual(['startDate']);
    expect(fieldsOf(checkAppointmentDates('', null))).toEqual(['startDate']);
    expect(fieldsOf(checkAppointmentDates('2025-02-29', null))).toEqual(['startDate']);
    expect(fieldsOf(checkAppointmentDates('2024-1-1', null))).toEqual(['startDate']);
  });

  it('SEL-2 an end date that is not a real date is rejected', () => {
    expect(problemsOf(checkAppointmentDates('2021-01-01', '2024-13-01'))).toEqual([{ field: 'endDate', message: 'not a date (YYYY-MM-DD)' }]);
  });

  it('SEL-2 with an invalid start, the end date is not compared with it', () => {
    expect(fieldsOf(checkAppointmentDates('2025-02-29', '2020-01-01'))).toEqual(['startDate']);
    expect(fieldsOf(checkAppointmentDates('bad', 'worse'))).toEqual(['startDate', 'endDate']);
  });
});

describe('SEL-2 isOpenOn: the end date is exclusive (MGT-3 effective date)', () => {
  const appointment = { startDate: '2021-03-01', endDate: '2024-03-01' };

  it('SEL-2 open on its start date', () => {
    expect(isOpenOn(appointment, '2021-03-01')).toBe(true);
  });

  it('SEL-2 not open the day before its start date', () => {
    expect(isOpenOn(appointment, '2021-02-28')).toBe(false);
  });

  it('SEL-2 open the day before its end date', () => {
    expect(isOpenOn(appointment, '2024-02-29')).toBe(true);
  });

  it('SEL-2 not open on its end date (the day the post is left)', () => {
    expect(isOpenOn(appointment, '2024-03-01')).toBe(false);
  });

  it('SEL-2 not open after its end date', () => {
    expect(isOpenOn(appointment, '2025-01-01')).toBe(false);
  });

  it('SEL-2 a successor starting on the predecessor\'s end date is the only holder that day', () => {
    const successor = { startDate: '2024-03-01', endDate: null };
    expect(isOpenOn(appointment, '2024-03-01')).toBe(false);
    expect(isOpenOn(successor, '2024-03-01')).toBe(true);
  });

  it('SEL-2 without an end date (null or missing) it stays open from the start date on', () => {
    expect(isOpenOn({ startDate: '2021-03-01', endDate: null }, '2099-12-31')).toBe(true);
    expect(isOpenOn({ startDate: '2021-03-01' }, '2021-03-01')).toBe(true);
    expect(isOpenOn({ startDate: '2021-03-01' }, '2021-02-28')).toBe(false);
  });

  it('SEL-2 an appointment ending on its start date is never open', () => {
    expect(isOpenOn({ startDate: '2021-03-01', endDate: '2021-03-01' }, '2021-03-01')).toBe(false);
  });
});
