import { describe, expect, it } from 'vitest';
import { Gender } from './enums';
import { checkIdNumber, idNumberCheckChar, isValidIdNumber, makeIdNumber, maskBirthDate, maskIdNumber, maskPhone } from './id-number';

/**
 * An independent statement of ISO 7064 MOD 11-2 as used by GB 11643-1999: the digit at position i
 * (counted from the right, the check character being i = 1) has weight 2^(i-1) mod 11, and a
 * number is valid when the weighted sum of all 18 characters (X = 10) is 1 mod 11.
 */
function weightedSumMod11(id: string): number {
  let sum = 0;
  for (let p = 0; p < id.length; p += 1) {
    const value = id[p] === 'X' || id[p] === 'x' ? 10 : Number(id[p]);
    const weight = 2 ** (id.length - 1 - p) % 11;
    sum += value * weight;
  }
  return sum % 11;
}

/** The check character of 17 digits, worked out from the same definition: (12 - S mod 11) mod 11. */
function expectedCheckChar(first17: string): string {
  let sum = 0;
  for (let p = 0; p < 17; p += 1) sum += Number(first17[p]) * (2 ** (17 - p) % 11);
  const value = (12 - (sum % 11)) % 11;
  return value === 10 ? 'X' : String(value);
}

/** The same 17 digits with a different, wrong check character. */
function withWrongCheckChar(id: string): string {
  const right = id[17]!.toUpperCase();
  const wrong = right === '0' ? '1' : '0';
  return id.slice(0, 17) + wrong;
}

describe('SEL-1 ID-card number checksum (GB 11643-1999, ISO 7064 MOD 11-2)', () => {
  it('SEL-1 the test oracle itself agrees with the hand-worked known number 11010519491231002X', () => {
    // 1·7+1·9+0·10+1·5+0·8+5·4+1·2+9·1+4·6+9·3+1·7+2·9+3·10+1·5+0·8+0·4+2·2 = 167; 167 mod 11 = 2 → 'X'
    expect(expectedCheckChar('11010519491231002')).toBe('X');
    expect(weightedSumMod11('11010519491231002X')).toBe(1);
  });

  it('SEL-1 a known valid number with X check character is accepted with its birth date and gender', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
    expect(checkIdNumber('11010519491231002X')).toEqual({ ok: true, info: { birthDate: '1949-12-31', gender: Gender.FEMALE } });
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
  });

  it('SEL-1 a lower-case x check character is accepted', () => {
    expect(checkIdNumber('11010519491231002x')).toEqual({ ok: true, info: { birthDate: '1949-12-31', gender: Gender.FEMALE } });
    expect(isValidIdNumber('11010519491231002x')).toBe(true);
  });

  it('SEL-1 a hand-worked number with a digit check character: 11010519900315123 → 9', () => {
    // 7+9+0+5+0+20+2+9+54+0+0+27+10+25+8+8+6 = 190; 190 mod 11 = 3 → '9'
    expect(idNumberCheckChar('11010519900315123')).toBe('9');
    expect(makeIdNumber('110105', '1990-03-15', 123)).toBe('110105199003151239');
    expect(checkIdNumber('110105199003151239')).toEqual({ ok: true, info: { birthDate: '1990-03-15', gender: Gender.MALE } });
  });

  it.each([
    ['110105', '1949-12-31', 2],
    ['110105', '1990-03-15', 123],
    ['440305', '2000-02-29', 1],
    ['320102', '1985-07-01', 45],
    ['510104', '1975-11-30', 998],
    ['330106', '2008-01-09', 0],
    ['370202', '1963-10-20', 517],
  ])('SEL-1 makeIdNumber(%s, %s, %i) agrees with an independent MOD 11-2 computation', (region, birthDate, sequence) => {
    const id = makeIdNumber(region, birthDate, sequence);
    expect(id).toHaveLength(18);
    expect(id.slice(0, 6)).toBe(region);
    expect(id.slice(6, 14)).toBe(birthDate.replaceAll('-', ''));
    expect(id.slice(14, 17)).toBe(String(sequence).padStart(3, '0'));
    expect(id[17]).toBe(expectedCheckChar(id.slice(0, 17)));
    expect(weightedSumMod11(id)).toBe(1);
    const checked = checkIdNumber(id);
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.info.birthDate).toBe(birthDate);
  });

  it('SEL-1 every check character 0-9 and X is produced and each is validated (sweep of sequences)', () => {
    const seen = new Set<string>();
    for (let sequence = 0; sequence < 200; sequence += 1) {
      const id = makeIdNumber('110105', '1980-06-15', sequence);
      expect(id[17]).toBe(expectedCheckChar(id.slice(0, 17)));
      expect(isValidIdNumber(id)).toBe(true);
      expect(isValidIdNumber(withWrongCheckChar(id))).toBe(false);
      seen.add(id[17]!);
    }
    expect([...seen].sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X']);
  });

  it('SEL-1 a wrong check digit is reported as CHECKSUM', () => {
    expect(checkIdNumber('110105194912310020')).toEqual({ ok: false, problem: 'CHECKSUM' });
    expect(checkIdNumber('110105199003151238')).toEqual({ ok: false, problem: 'CHECKSUM' });
    expect(checkIdNumber('11010519900315123X')).toEqual({ ok: false, problem: 'CHECKSUM' });
    expect(isValidIdNumber('110105199003151238')).toBe(false);
  });

  it('SEL-1 a single changed digit in the body is caught by the checksum', () => {
    // 11010519491231002X with the sequence 002 → 003: same birth date, now wrong check character.
    expect(checkIdNumber('11010519491231003X')).toEqual({ ok: false, problem: 'CHECKSUM' });
  });

  it.each([
    ['11010519491231002', '17 characters'],
    ['11010519491231002X0', '19 characters'],
    ['', 'empty'],
    ['1101051949123100AX', 'a letter in the body'],
    ['X1010519491231002X', 'a letter at the start'],
    ['11010519491231002Y', 'a check character other than a digit or X'],
    ['110105 19491231002X', 'a space inside'],
    [' 11010519491231002X', 'a leading space'],
    ['110105-19491231-002X', 'separators'],
    ['１１０１０５１９４９１２３１００２Ｘ', 'full-width digits'],
  ])('SEL-1 %s is rejected as FORMAT (%s)', (text) => {
    expect(checkIdNumber(text)).toEqual({ ok: false, problem: 'FORMAT' });
    expect(isValidIdNumber(text)).toBe(false);
  });

  it.each([
    ['20230229', '29 February of a common year'],
    ['19901301', 'month 13'],
    ['19900001', 'month 0'],
    ['19900431', '31 April'],
    ['19900100', 'day 0'],
    ['18991231', 'a year before 1900'],
  ])('SEL-1 an impossible birth date %s inside the number is reported as BIRTH_DATE (%s), even with a matching check character', (birth) => {
    const first17 = `110105${birth}001`;
    const id = first17 + expectedCheckChar(first17);
    expect(checkIdNumber(id)).toEqual({ ok: false, problem: 'BIRTH_DATE' });
  });

  it('SEL-1 the earliest accepted birth date is 1900-01-01', () => {
    const id = makeIdNumber('110105', '1900-01-01', 1);
    expect(checkIdNumber(id)).toEqual({ ok: true, info: { birthDate: '1900-01-01', gender: Gender.MALE } });
  });

  it('SEL-1 gender parity: the 17th digit odd means male, even (including 0) means female', () => {
    for (let last = 0; last <= 9; last += 1) {
      const id = makeIdNumber('110105', '1980-06-15', 120 + last);
      expect(id[16]).toBe(String(last));
      const checked = checkIdNumber(id);
      expect(checked).toEqual({ ok: true, info: { birthDate: '1980-06-15', gender: last % 2 === 1 ? Gender.MALE : Gender.FEMALE } });
    }
  });

  it('SEL-1 idNumberCheckChar refuses anything but 17 digits', () => {
    expect(() => idNumberCheckChar('1101051949123100')).toThrow(RangeError);
    expect(() => idNumberCheckChar('110105194912310022')).toThrow(RangeError);
    expect(() => idNumberCheckChar('1101051949123100A')).toThrow(RangeError);
  });
});

describe('ROLE-2 masks for roles without PII rights', () => {
  it('ROLE-2 an ID number keeps only its last 2 characters: no region, birth date or sequence digit', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('****************2X');
    expect(maskIdNumber('110105199003151239')).toBe('****************39');
  });

  it('ROLE-2 a masked ID number hides the birth date and keeps the length', () => {
    const masked = maskIdNumber('110105199003151239');
    expect(masked).toHaveLength(18);
    expect(masked).not.toContain('19900315');
    expect(masked).not.toContain('1101');
  });

  it('ROLE-2 even with the region and the full birth date, at least 9 checksum-valid ID numbers fit a mask', () => {
    for (const id of ['11010519491231002X', '110105199003151239', makeIdNumber('420606', '1985-02-28', 517)]) {
      const masked = maskIdNumber(id);
      const fits: string[] = [];
      for (let seq = 0; seq < 100; seq += 1) {
        const first17 = `${id.slice(0, 14)}${String(seq).padStart(2, '0')}${masked[16]}`;
        if (idNumberCheckChar(first17) === masked[17]) fits.push(first17);
      }
      expect(fits.length, id).toBeGreaterThanOrEqual(9);
    }
  });

  it('ROLE-2 a birth date shows as year-month', () => {
    expect(maskBirthDate('1990-03-15')).toBe('1990-03');
    expect(maskBirthDate('1949-12-31')).toBe('1949-12');
    expect(maskBirthDate('')).toBe('');
  });

  it('ROLE-2 a mobile phone keeps the first 3 and last 4 digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('ROLE-2 a landline with area code is masked the same way', () => {
    expect(maskPhone('010-12345678')).toBe('010*****5678');
    expect(maskPhone('02112345678')).toBe('021****5678');
  });

  it('ROLE-2 values too short to mask partly are masked entirely', () => {
    expect(maskIdNumber('1234567')).toBe('*******');
    expect(maskIdNumber('')).toBe('');
    expect(maskPhone('123456')).toBe('******');
    expect(maskPhone('')).toBe('');
  });
});

describe('ROLE-2 masks never reveal a short value whole', () => {
  it('ROLE-2 a phone or ID number too short to keep both ends is masked entirely', () => {
    expect(maskPhone('1234567')).toBe('*******');
    expect(maskIdNumber('12345678')).toBe('********');
    expect(maskPhone('0101234567')).toBe('010***4567');
  });
});
