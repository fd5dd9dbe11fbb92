import { ageOn, isIsoDate, type IsoDate } from '../shared/date';
import { Problems } from '../shared/errors';
import type { Gender } from './enums';
import { checkIdNumber } from './id-number';

export interface CadreFacts {
  name?: string | null;
  gender?: Gender | null;
  birthDate?: IsoDate | null;
  idNumber?: string | null;
  phone?: string | null;
}

const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;

/**
 * SEL-1 Checks a cadre's personal data as it will be after a create or update: a name, a birth
 * date that is a real date not after `today` and of someone at least 16, an ID number that passes
 * the GB 11643 checksum and agrees with the birth date and gender, a mainland phone number.
 */
export function checkCadreFacts(facts: CadreFacts, today: IsoDate, problems = new Problems()): Problems {
  const name = facts.name?.trim() ?? '';
  problems.check(name.length > 0 && name.length <= 50, 'name', 'a name of 1 to 50 characters is required', '姓名不能为空，且不超过 50 个字');
  if (facts.birthDate != null) {
    if (!isIsoDate(facts.birthDate)) problems.add('birthDate', 'not a date (YYYY-MM-DD)', '出生日期格式应为 YYYY-MM-DD');
    else if (facts.birthDate > today) problems.add('birthDate', 'lies in the future', '出生日期不能晚于今天');
    else if (ageOn(facts.birthDate, today) < 16) problems.add('birthDate', 'a cadre is at least 16 years old', '干部须年满 16 周岁');
  }
  if (facts.idNumber) {
    const checked = checkIdNumber(facts.idNumber);
    if (!checked.ok) {
      problems.add(
        'idNumber',
        checked.problem === 'CHECKSUM' ? 'check digit does not match (GB 11643)' : checked.problem === 'BIRTH_DATE' ? 'contains no valid birth date' : 'must be 17 digits followed by a digit or X',
        checked.problem === 'CHECKSUM' ? '身份证号校验位不正确(GB 11643)' : checked.problem === 'BIRTH_DATE' ? '身份证号中的出生日期无效' : '身份证号应为 17 位数字加 1 位数字或 X',
      );
    } else {
      if (facts.birthDate && isIsoDate(facts.birthDate) && checked.info.birthDate !== facts.birthDate) {
        problems.add('idNumber', `encodes birth date ${checked.info.birthDate}, not ${facts.birthDate}`, `身份证号中的出生日期为 ${checked.info.birthDate}，与填写的出生日期 ${facts.birthDate} 不一致`);
      }
      if (facts.gender && checked.info.gender !== facts.gender) problems.add('idNumber', 'encodes the other gender', '身份证号中的性别与填写的性别不一致');
    }
  }
  if (facts.phone) problems.check(PHONE.test(facts.phone), 'phone', 'not a mainland mobile or landline number', '联系电话不是有效的手机号码或固定电话号码');
  return problems;
}

/** SEL-2 An appointment's dates: start a real date, end (if any) a real date not before start. */
export function checkAppointmentDates(startDate: IsoDate | null | undefined, endDate: IsoDate | null | undefined, problems = new Problems()): Problems {
  if (!startDate || !isIsoDate(startDate)) problems.add('startDate', 'a start date (YYYY-MM-DD) is required', '请填写任职日期(YYYY-MM-DD)');
  if (endDate != null) {
    if (!isIsoDate(endDate)) problems.add('endDate', 'not a date (YYYY-MM-DD)', '离任日期格式应为 YYYY-MM-DD');
    else if (startDate && isIsoDate(startDate) && endDate < startDate) problems.add('endDate', 'lies before the start date', '离任日期不能早于任职日期');
  }
  return problems;
}

/**
 * SEL-2 An appointment is open on a date when it has started on or before that date and has not
 * ended: the end date is the day the post is left (an exit's effective date, MGT-3), so on its end
 * date the cadre no longer holds the post and a successor may start that same day.
 */
export function isOpenOn(appointment: { startDate: IsoDate; endDate?: IsoDate | null }, date: IsoDate): boolean {
  return appointment.startDate <= date && (appointment.endDate == null || date < appointment.endDate);
}
