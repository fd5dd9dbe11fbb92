import { formatIsoDate, parseIsoDate, type IsoDate } from '../shared/date';
import { Gender } from './enums';

/** GB 11643-1999 weights of the first 17 digits and the check characters for sum mod 11. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** SEL-1 The check character (0-9 or X) of the first 17 digits of a citizen ID number. */
export function idNumberCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('17 digits expected');
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

export type IdNumberProblem = 'FORMAT' | 'BIRTH_DATE' | 'CHECKSUM';

export interface IdNumberInfo {
  birthDate: IsoDate;
  gender: Gender;
}

/**
 * SEL-1 Validates an 18-character citizen ID number (GB 11643): 17 digits, a real birth date at
 * positions 7-14, and the ISO 7064 MOD 11-2 check character (a lower-case x is accepted).
 * Returns the birth date and gender it encodes (17th digit odd = male), or the problem.
 */
export function checkIdNumber(text: string): { ok: true; info: IdNumberInfo } | { ok: false; problem: IdNumberProblem } {
  const value = text.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, problem: 'FORMAT' };
  const birth = parseIsoDate(`${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`);
  if (!birth || birth.year < 1900) return { ok: false, problem: 'BIRTH_DATE' };
  if (idNumberCheckChar(value.slice(0, 17)) !== value[17]) return { ok: false, problem: 'CHECKSUM' };
  return {
    ok: true,
    info: { birthDate: formatIsoDate(birth), gender: Number(value[16]) % 2 === 1 ? Gender.MALE : Gender.FEMALE },
  };
}

export function isValidIdNumber(text: string): boolean {
  return checkIdNumber(text).ok;
}

/** Builds a valid ID number from a 6-digit region code, birth date and 3-digit sequence. */
export function makeIdNumber(region: string, birthDate: IsoDate, sequence: number): string {
  const first17 = `${region}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

/**
 * ROLE-2 Masked forms shown to roles without PII rights. A mask must not be undone from the other
 * fields such a role sees: the region (every cadre of a county shares the first 6 digits) and
 * the birth date (digits 7-14) are hidden, and so is the rest of the sequence number, so only the
 * last two characters (the gender digit, which the gender gives anyway, and the check character)
 * remain. Even with the full birth date and the region, at least 9 checksum-valid numbers fit.
 */
export function maskIdNumber(value: string): string {
  if (value.length < 12) return '*'.repeat(value.length);
  return `${'*'.repeat(value.length - 2)}${value.slice(-2)}`;
}

/** ROLE-2 A birth date as year and month (ISO 8601 reduced precision `YYYY-MM`); ages stay exact on the server. */
export function maskBirthDate(value: string): string {
  return /^\d{4}-\d{2}/.test(value) ? value.slice(0, 7) : '*'.repeat(value.length);
}

export function maskPhone(value: string): string {
  if (value.length < 10) return '*'.repeat(value.length);
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`;
}
