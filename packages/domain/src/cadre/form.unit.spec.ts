import { describe, expect, it } from 'vitest';
import { birthWithAge, checkCadreFormFacts, checkResumeLine, formMonth, isFormMonth, lrmxMonth, parseLrmxMonth, parseResume, resumeLineText } from './form';
import { chineseDate } from '../shared/date';

const fields = (p: { throwIfAny(): void }): string[] => {
  try {
    p.throwIfAny();
    return [];
  } catch (e) {
    return (e as { fields: string[] }).fields;
  }
};

describe('the appointment form (干部任免审批表)', () => {
  it('writes the age on the age calculation date: a birthday on that date counts, the next day’s does not', () => {
    expect(birthWithAge('1980-11-25', '2026-11-25')).toBe('1980.11(46岁)');
    expect(birthWithAge('1980-11-26', '2026-11-25')).toBe('1980.11(45岁)');
    expect(birthWithAge('1980-02-29', '2026-02-28')).toBe('1980.02(45岁)');
    expect(chineseDate('2026-01-05')).toBe('2026年1月5日');
  });

  it('reads and writes months the .lrmx way and the form’s way', () => {
    expect(lrmxMonth('2008-07')).toBe('200807');
    expect(formMonth('2008-07')).toBe('2008.07');
    expect(formMonth(null)).toBe('');
    expect(parseLrmxMonth('200807')).toBe('2008-07');
    expect(parseLrmxMonth('2008.07')).toBe('2008-07');
    expect(parseLrmxMonth('20080715')).toBe('2008-07');
    expect(parseLrmxMonth('200813')).toBeNull();
    expect(parseLrmxMonth('1899-12')).toBeNull();
    expect(isFormMonth('2100-12')).toBe(true);
    expect(isFormMonth('2101-01')).toBe(false);
  });

  it('prints resume lines and parses them back, continuation lines joined to their period', () => {
    const lines = [
      { fromMonth: '2000-09', toMonth: '2004-07', content: '华中农业大学农学专业学习' },
      { fromMonth: '2004-07', toMonth: null, content: '某村党组织书记' },
    ];
    const text = lines.map(resumeLineText).join('\n');
    expect(text).toBe('2000.09--2004.07  华中农业大学农学专业学习\n2004.07--  某村党组织书记');
    expect(parseResume(text)).toEqual(lines);
    expect(parseResume('2000.09--2004.07  某大学\n    农学专业学习')).toEqual([{ fromMonth: '2000-09', toMonth: '2004-07', content: '某大学农学专业学习' }]);
    expect(parseResume('没有年月的一行')).toBeNull();
    expect(parseResume('')).toEqual([]);
  });

  it('checks the form’s months: this month is allowed, next month is not; not before the birth month', () => {
    expect(fields(checkCadreFormFacts({ birthDate: '1985-06-15', workStartDate: '2026-11' }, '2026-11-25'))).toEqual([]);
    expect(fields(checkCadreFormFacts({ birthDate: '1985-06-15', workStartDate: '2026-12' }, '2026-11-25'))).toEqual(['workStartDate']);
    expect(fields(checkCadreFormFacts({ birthDate: '1985-06-15', partyEntryDate: '1985-06' }, '2026-11-25'))).toEqual([]);
    expect(fields(checkCadreFormFacts({ birthDate: '1985-06-15', partyEntryDate: '1985-05' }, '2026-11-25'))).toEqual(['partyEntryDate']);
    expect(fields(checkResumeLine({ fromMonth: '2010-01', toMonth: '2010-01', content: '某村' }, '2026-11-25'))).toEqual([]);
    expect(fields(checkResumeLine({ fromMonth: '2010-01', toMonth: '2009-12', content: ' ' }, '2026-11-25'))).toEqual(['toMonth', 'content']);
  });
});
