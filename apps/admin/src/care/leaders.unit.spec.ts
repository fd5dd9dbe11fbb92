import { describe, expect, it } from 'vitest';
import { leaderForHomeVisit } from './leaders';

const check = (values: Record<string, unknown>) => leaderForHomeVisit(values.ledByName, values, {});

describe('PAY-5 the leader of a home visit', () => {
  it('is required for a home visit, as a user or by name', () => {
    expect(check({ kind: 'HOME_VISIT' })).toBe('app.care.leader_required');
    expect(check({ kind: 'HOME_VISIT', ledByName: '  ' })).toBe('app.care.leader_required');
    expect(check({ kind: 'HOME_VISIT', ledByName: '王建华' })).toBeUndefined();
    expect(check({ kind: 'HOME_VISIT', ledById: '1' })).toBeUndefined();
  });

  it('is not asked of a physical exam', () => {
    expect(check({ kind: 'PHYSICAL_EXAM' })).toBeUndefined();
  });
});
