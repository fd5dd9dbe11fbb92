import { describe, expect, it } from 'vitest';
import { complianceSummary, shortfallTexts } from './shortfalls';

describe('RES-4 compliance in the console', () => {
  const shortfalls = [{ kind: 'FEMALE_RESERVE', textZh: '缺女后备干部1名', textEn: '1 more female reserve cadre(s) needed' }];

  it('says what a unit lacks in the current language', () => {
    expect(shortfallTexts(shortfalls, 'zh-CN')).toEqual(['缺女后备干部1名']);
    expect(shortfallTexts(shortfalls, 'en')).toEqual(['1 more female reserve cadre(s) needed']);
    expect(shortfallTexts(undefined, 'en')).toEqual([]);
  });

  it('counts the compliant units (n of m)', () => {
    expect(complianceSummary([{ compliant: false }, { compliant: true }, { compliant: true }])).toEqual({ compliant: 2, total: 3 });
    expect(complianceSummary([])).toEqual({ compliant: 0, total: 0 });
  });
});
