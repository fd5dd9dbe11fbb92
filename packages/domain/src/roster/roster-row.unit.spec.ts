import { describe, expect, it } from 'vitest';
import { makeIdNumber } from '../cadre/id-number';
import { parseRosterRow, rosterColumnOfHeader, rosterDate, type RosterCell, type RosterColumnKey } from './roster-row';

const TODAY = '2026-11-25';
const id = makeIdNumber('420606', '1985-06-15', 11);

function row(overrides: Partial<Record<RosterColumnKey, RosterCell>> = {}) {
  return { unitCode: 'cun01', name: '张三', gender: '男', birthDate: '1985-06-15', idNumber: id, postTitle: '党组织书记', startDate: '2021-03-20', ...overrides };
}

describe('roster row (SEL-1, SEL-2, ORG-4)', () => {
  it('SEL-1 reads labels into codes and dates into ISO dates', () => {
    const { facts, problems } = parseRosterRow(row({ education: '本科', politicalStatus: '中共党员', isCollegeGraduateOfficial: '是', birthDate: new Date(Date.UTC(1985, 5, 15)) }), TODAY);
    expect(problems).toEqual([]);
    expect(facts).toMatchObject({ gender: 'MALE', postTitle: 'PARTY_SECRETARY', education: 'BACHELOR', politicalStatus: 'PARTY_MEMBER', isCollegeGraduateOfficial: true, birthDate: '1985-06-15' });
  });

  it('SEL-1 a wrong check digit (GB 11643) is a problem of the ID number column', () => {
    const bad = `${id.slice(0, 17)}${id[17] === '0' ? '1' : '0'}`;
    const { problems } = parseRosterRow(row({ idNumber: bad }), TODAY);
    expect(problems).toEqual([expect.objectContaining({ column: 'idNumber', messageZh: '身份证号校验位不正确(GB 11643)' })]);
  });

  it('an unknown label, a missing required cell and a formula are named by column', () => {
    const { problems } = parseRosterRow(row({ gender: '男性', name: '', phone: { formula: 'A1&B1' } }), TODAY);
    expect(problems.map((p) => p.column).sort()).toEqual(['gender', 'name', 'phone']);
    expect(problems.find((p) => p.column === 'phone')!.messageZh).toContain('公式');
  });

  it('SEL-2 a post needs a start date, which may be today but not tomorrow', () => {
    expect(parseRosterRow(row({ startDate: null }), TODAY).problems.map((p) => p.column)).toEqual(['startDate']);
    expect(parseRosterRow(row({ startDate: TODAY }), TODAY).problems).toEqual([]);
    expect(parseRosterRow(row({ startDate: '2026-11-26' }), TODAY).problems.map((p) => p.column)).toEqual(['startDate']);
  });

  it('dates: 2024-02-29 exists, 2025-02-29 does not', () => {
    expect(rosterDate('2024/2/29')).toBe('2024-02-29');
    expect(rosterDate('2025-02-29')).toBe('invalid');
    expect(rosterDate('19850615')).toBe('1985-06-15');
  });

  it('headers match in Chinese or English', () => {
    expect(rosterColumnOfHeader('身份证号')).toBe('idNumber');
    expect(rosterColumnOfHeader('*姓名')).toBe('name');
    expect(rosterColumnOfHeader('ID number')).toBe('idNumber');
    expect(rosterColumnOfHeader('其他')).toBeNull();
  });
});
