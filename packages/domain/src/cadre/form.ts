import { ageOn, type IsoDate } from '../shared/date';
import { Problems } from '../shared/errors';
import { isYearMonth as isMonthText, type YearMonth } from '../pay/allowance';

/**
 * The appointment form (干部任免审批表) and its exchange file (.lrmx): the cadre's form fields as
 * year-months (`YYYY-MM`, the precision the form prints), the resume lines and family members, and
 * the texts the form shows.
 */
/** `YYYY-MM` with a month 01..12 and a year 1900..2100 */
export function isFormMonth(value: unknown): value is YearMonth {
  return isMonthText(value) && value >= '1900-01' && value <= '2100-12';
}
const isYearMonth = isFormMonth;

/** 2001-09 → 2001.09 (the form's way of writing a month) */
export function formMonth(value: YearMonth | null | undefined): string {
  return value && isYearMonth(value) ? value.replace('-', '.') : '';
}

/** 2001-09 → 200109 (the .lrmx way) */
export function lrmxMonth(value: YearMonth | null | undefined): string {
  return value && isYearMonth(value) ? value.replace('-', '') : '';
}

/** 200109, 2001.09, 2001-09 or 20010915 → 2001-09; anything else → null */
export function parseLrmxMonth(value: string | null | undefined): YearMonth | null {
  const text = (value ?? '').trim();
  const m = /^(\d{4})[.\-/]?(\d{2})(?:[.\-/]?\d{2})?$/.exec(text);
  if (!m) return null;
  const ym = `${m[1]}-${m[2]}`;
  return isYearMonth(ym) ? ym : null;
}

/** The form's 出生年月(岁): `1980.05(46岁)`, the age in full years on the age calculation date. */
export function birthWithAge(birthDate: IsoDate, asOf: IsoDate): string {
  return `${birthDate.slice(0, 4)}.${birthDate.slice(5, 7)}(${ageOn(birthDate, asOf)}岁)`;
}


export interface ResumeLineFacts {
  fromMonth: YearMonth;
  toMonth?: YearMonth | null;
  content: string;
}

/** One resume line as the form and the .lrmx print it: `2001.09--2004.07  某某村村委会委员` (an open line ends `--`). */
export function resumeLineText(line: ResumeLineFacts): string {
  return `${formMonth(line.fromMonth)}--${formMonth(line.toMonth)}  ${line.content}`;
}

const RESUME_LINE = /^\s*(\d{4}[.-]?\d{2})\s*(?:--|—|－|-|～|~)\s*(\d{4}[.-]?\d{2})?\s+(\S.*?)\s*$/;

/**
 * The resume lines of a .lrmx `JianLi` text, in order; a line that does not start with a period
 * continues the previous one. Null when the text has content but no line with a period.
 */
export function parseResume(text: string): ResumeLineFacts[] | null {
  const lines: ResumeLineFacts[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === '') continue;
    const m = RESUME_LINE.exec(raw);
    const fromMonth = m ? parseLrmxMonth(m[1]) : null;
    const toMonth = m?.[2] ? parseLrmxMonth(m[2]) : null;
    if (m && fromMonth && (m[2] === undefined || toMonth)) {
      lines.push({ fromMonth, toMonth, content: m[3]! });
    } else if (lines.length > 0) {
      lines[lines.length - 1]!.content += raw.trim();
    } else {
      return null;
    }
  }
  return lines;
}

export interface CadreFormFacts {
  birthDate?: IsoDate | null;
  partyEntryDate?: YearMonth | null;
  workStartDate?: YearMonth | null;
}

/** The form's dates: year-months, not after this month and not before the birth month. */
export function checkCadreFormFacts(facts: CadreFormFacts, today: IsoDate, problems = new Problems()): Problems {
  const birthMonth = facts.birthDate ? facts.birthDate.slice(0, 7) : null;
  const thisMonth = today.slice(0, 7);
  const check = (field: 'partyEntryDate' | 'workStartDate', zh: string) => {
    const value = facts[field];
    if (value == null) return;
    if (!isYearMonth(value)) problems.add(field, 'not a year-month (YYYY-MM)', `${zh}格式应为 YYYY-MM(年-月)`);
    else if (value > thisMonth) problems.add(field, 'lies in the future', `${zh}不能晚于本月`);
    else if (birthMonth && value < birthMonth) problems.add(field, 'lies before the birth month', `${zh}不能早于出生年月`);
  };
  check('partyEntryDate', '入党时间');
  check('workStartDate', '参加工作时间');
  return problems;
}

/** A resume line: a start month, an end month not before it (none: to this day), a text. */
export function checkResumeLine(line: Partial<ResumeLineFacts>, today: IsoDate, problems = new Problems()): Problems {
  const thisMonth = today.slice(0, 7);
  if (!isYearMonth(line.fromMonth)) problems.add('fromMonth', 'a start month (YYYY-MM) is required', '请填写起始年月(YYYY-MM)');
  else if (line.fromMonth > thisMonth) problems.add('fromMonth', 'lies in the future', '起始年月不能晚于本月');
  if (line.toMonth != null) {
    if (!isYearMonth(line.toMonth)) problems.add('toMonth', 'not a year-month (YYYY-MM)', '截止年月格式应为 YYYY-MM');
    else if (isYearMonth(line.fromMonth) && line.toMonth < line.fromMonth) problems.add('toMonth', 'lies before the start month', '截止年月不能早于起始年月');
    else if (line.toMonth > thisMonth) problems.add('toMonth', 'lies in the future', '截止年月不能晚于本月');
  }
  problems.check((line.content ?? '').trim().length > 0, 'content', 'the post or study of the period is required', '请填写该时期的学习或工作经历');
  return problems;
}

export interface FamilyMemberFacts {
  relation?: string | null;
  name?: string | null;
  birthMonth?: YearMonth | null;
}

/** A family member: relation and name required; the birth month a year-month not in the future. */
export function checkFamilyMember(member: FamilyMemberFacts, today: IsoDate, problems = new Problems()): Problems {
  problems.check((member.relation ?? '').trim().length > 0, 'relation', 'the relation (称谓) is required', '请填写称谓');
  problems.check((member.name ?? '').trim().length > 0, 'name', 'the name is required', '请填写姓名');
  if (member.birthMonth != null) {
    if (!isYearMonth(member.birthMonth)) problems.add('birthMonth', 'not a year-month (YYYY-MM)', '出生年月格式应为 YYYY-MM');
    else if (member.birthMonth > today.slice(0, 7)) problems.add('birthMonth', 'lies in the future', '出生年月不能晚于本月');
  }
  return problems;
}
