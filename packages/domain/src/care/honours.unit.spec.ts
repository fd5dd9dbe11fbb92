import { describe, expect, it } from 'vitest';
import { enumValues, label } from '../shared/labels';
import { checkHonourFacts, HonourKind, honourKindLabels } from './honours';

const TODAY = '2025-06-15';

describe('PAY-6 honours and recommendations', () => {
  it('PAY-6 the five kinds with their Chinese labels', () => {
    expect(enumValues(honourKindLabels)).toEqual([
      HonourKind.CIVIL_SERVICE_SELECTION,
      HonourKind.PARTY_CONGRESS_DELEGATE,
      HonourKind.PEOPLES_CONGRESS_DEPUTY,
      HonourKind.CPPCC_MEMBER,
      HonourKind.COMMENDATION,
    ]);
    expect(enumValues(honourKindLabels).map((kind) => label(honourKindLabels, kind))).toEqual(['公务员选拔', '党代表', '人大代表', '政协委员', '表彰']);
    for (const kind of enumValues(honourKindLabels)) expect(honourKindLabels[kind].en.length).toBeGreaterThan(0);
  });

  it('PAY-6 a known kind and a past date are enough; the description is optional', () => {
    expect(checkHonourFacts({ kind: HonourKind.COMMENDATION, date: '2025-05-01' }, TODAY).count).toBe(0);
    expect(checkHonourFacts({ kind: HonourKind.CPPCC_MEMBER, date: TODAY, description: '区政协委员' }, TODAY).count).toBe(0);
  });

  it('PAY-6 an unknown or missing kind, a missing, invalid or future date, and a long description are problems', () => {
    const fields = (facts: Parameters<typeof checkHonourFacts>[0]): string[] => {
      try {
        checkHonourFacts(facts, TODAY).throwIfAny();
        return [];
      } catch (error) {
        return (error as { fields: string[] }).fields;
      }
    };
    expect(fields({ kind: 'NOBEL_PRIZE', date: '2025-01-01' })).toEqual(['kind']);
    expect(fields({ kind: 'toString', date: '2025-01-01' })).toEqual(['kind']);
    expect(fields({ date: '2025-01-01' })).toEqual(['kind']);
    expect(fields({ kind: HonourKind.COMMENDATION })).toEqual(['date']);
    expect(fields({ kind: HonourKind.COMMENDATION, date: '2025-02-29' })).toEqual(['date']);
    expect(fields({ kind: HonourKind.COMMENDATION, date: '2025-06-16' })).toEqual(['date']);
    expect(fields({ kind: HonourKind.COMMENDATION, date: '2025-01-01', description: '表'.repeat(501) })).toEqual(['description']);
    expect(fields({ kind: HonourKind.COMMENDATION, date: '2025-01-01', description: '表'.repeat(500) })).toEqual([]);
  });
});
