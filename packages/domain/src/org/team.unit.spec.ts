import { describe, expect, it } from 'vitest';
import { AgeBand, ageBandOf, comparePostsOfficially, coverageRatio, postOptionText, teamFigures, TeamDimension, teamBucketLabel, uniquePostOptionTexts } from './team';

describe('ORG-3 team statistics', () => {
  it('ORG-3 RES-4 age bands include their upper bound: 35 is ≤35, 36 and 45 are 36–45, 55 is 46–55, 56 is over 55', () => {
    expect(ageBandOf(35)).toBe(AgeBand.UP_TO_35);
    expect(ageBandOf(36)).toBe(AgeBand.FROM_36_TO_45);
    expect(ageBandOf(45)).toBe(AgeBand.FROM_36_TO_45);
    expect(ageBandOf(46)).toBe(AgeBand.FROM_46_TO_55);
    expect(ageBandOf(55)).toBe(AgeBand.FROM_46_TO_55);
    expect(ageBandOf(56)).toBe(AgeBand.OVER_55);
  });

  it('ORG-3 RES-4 the team on a date: someone exactly 35 that day is ≤35, someone turning 36 the next day too; an appointment ending that day is not counted', () => {
    const cadres = [
      { id: 'a', gender: 'MALE' as const, birthDate: '1991-06-30' }, // exactly 35 on 2026-06-30
      { id: 'b', gender: 'FEMALE' as const, birthDate: '1981-06-30', education: 'BACHELOR' as const }, // exactly 45
      { id: 'c', gender: 'MALE' as const, birthDate: '1990-07-01' }, // 35, 36 tomorrow
      { id: 'd', gender: 'MALE' as const, birthDate: '1960-01-01' }, // ended on the day
    ];
    const appointments = [
      { cadreId: 'a', unitId: 'u', startDate: '2026-06-30' },
      { cadreId: 'b', unitId: 'u', startDate: '2020-01-01', endDate: '2026-07-01' },
      { cadreId: 'b', unitId: 'u', startDate: '2021-01-01' },
      { cadreId: 'c', unitId: 'u', startDate: '2020-01-01' },
      { cadreId: 'd', unitId: 'u', startDate: '2020-01-01', endDate: '2026-06-30' },
    ];
    const figures = teamFigures(cadres, appointments, '2026-06-30');
    expect(figures.teamSize).toBe(3);
    expect(figures.counts.AGE_BAND).toEqual({ UP_TO_35: 2, FROM_36_TO_45: 1 });
    expect(figures.counts.EDUCATION).toEqual({ BACHELOR: 1, UNKNOWN: 2 });
    expect(figures.averageAge).toBeCloseTo((35 + 45 + 35) / 3);
    expect(teamFigures(cadres, appointments, '2026-06-30', new Set(['v'])).teamSize).toBe(0);
  });

  it('ORG-4 posts in official order: secretary before director before member; names then ids break ties', () => {
    const posts = [
      { id: '3', title: 'COMMITTEE_MEMBER', name: 'b' },
      { id: '1', title: 'DIRECTOR', name: 'z' },
      { id: '2', title: 'PARTY_SECRETARY', name: 'z' },
      { id: '0', title: 'COMMITTEE_MEMBER', name: 'b' },
    ];
    expect([...posts].sort(comparePostsOfficially).map((p) => p.id)).toEqual(['2', '1', '0', '3']);
  });

  it('RES-1 coverage is posts with a reserve over posts; none without posts', () => {
    expect(coverageRatio(3, 4)).toBe(0.75);
    expect(coverageRatio(0, 0)).toBeNull();
  });

  it('post drop-down labels name the unit, title, name and holder, and two alike posts read differently', () => {
    expect(postOptionText({ title: 'DIRECTOR', name: '村(居)委会主任', unitName: '王家湾村', holderName: '李明' })).toBe('王家湾村 · 村(居)委会主任 · 李明');
    expect(postOptionText({ title: 'COMMITTEE_MEMBER', name: '治保', holderName: null }, 'en')).toBe('Committee member (治保) · vacant');
    const texts = uniquePostOptionTexts([
      { id: 'b', title: 'COMMITTEE_MEMBER', name: '村(居)委会委员', unitName: 'U' },
      { id: 'a', title: 'COMMITTEE_MEMBER', name: '村(居)委会委员', unitName: 'U' },
    ]);
    expect(texts.get('a')).toBe('U · 村(居)委会委员 · 空缺 · 第1个');
    expect(texts.get('b')).toBe('U · 村(居)委会委员 · 空缺 · 第2个');
    expect(teamBucketLabel(TeamDimension.AGE_BAND_AND_GENDER, 'UP_TO_35:FEMALE', 'en')).toBe('35 and under · Female');
  });
});
