import { describe, expect, it } from 'vitest';
import { nextStepOf, orderSteps, stepActionKey, stepNoteKey, stepVariables } from './nextStep';

const admin = { role: 'SUBDISTRICT_ADMIN', unitId: null } as const;
const analyst = { role: 'SUBDISTRICT_ANALYST', unitId: null } as const;
const unitUser = { role: 'UNIT_USER', unitId: 'u1' } as const;

describe('RES-3 the one next step a viewer may take', () => {
  it('offers a unit user 提议 and 集体审议 on its own candidates, never 办事处审查', () => {
    expect(nextStepOf({ status: 'RECOMMENDED', unitId: 'u1', nextSteps: ['PROPOSE'] }, unitUser)).toBe('PROPOSE');
    expect(nextStepOf({ status: 'PROPOSED', unitId: 'u1', nextSteps: ['COMMITTEE_REVIEW'] }, unitUser)).toBe('COMMITTEE_REVIEW');
    expect(nextStepOf({ status: 'COMMITTEE_APPROVED', unitId: 'u1', nextSteps: [] }, unitUser)).toBeNull();
    // even if a stale record said so, the domain's workflow decides
    expect(nextStepOf({ status: 'COMMITTEE_APPROVED', unitId: 'u1', nextSteps: ['SUBDISTRICT_REVIEW'] }, unitUser)).toBeNull();
  });

  it('offers nothing on another unit’s candidate (ROLE-3) nor to the analyst (ROLE-2)', () => {
    expect(nextStepOf({ status: 'RECOMMENDED', unitId: 'u2', nextSteps: ['PROPOSE'] }, unitUser)).toBeNull();
    expect(nextStepOf({ status: 'COMMITTEE_APPROVED', unitId: 'u2', nextSteps: [] }, analyst)).toBeNull();
  });

  it('offers the admin 办事处审查 after the two committees approved', () => {
    expect(nextStepOf({ status: 'COMMITTEE_APPROVED', unitId: 'u2', nextSteps: ['SUBDISTRICT_REVIEW'] }, admin)).toBe('SUBDISTRICT_REVIEW');
    expect(nextStepOf({ status: 'COMMITTEE_APPROVED', unitId: 'u2' }, admin)).toBe('SUBDISTRICT_REVIEW');
    expect(nextStepOf({ status: 'IN_POOL', unitId: 'u2', nextSteps: [] }, admin)).toBeNull();
    expect(nextStepOf(undefined, admin)).toBeNull();
    expect(nextStepOf({ status: 'RECOMMENDED', unitId: 'u2' }, null)).toBeNull();
  });

  it('names the button and the note of each step, and sends the decision', () => {
    expect(stepActionKey('SUBDISTRICT_REVIEW')).toBe('app.reserve.action.SUBDISTRICT_REVIEW');
    expect(stepNoteKey('COMMITTEE_REVIEW')).toBe('app.reserve.minutes');
    expect(stepNoteKey('PROPOSE')).toBe('app.reserve.step_note');
    expect(stepVariables('r1', { decision: 'REJECT', date: '2026-01-02', note: ' 群众基础弱 ' })).toEqual({ id: 'r1', approve: false, date: '2026-01-02', note: '群众基础弱' });
    expect(stepVariables('r1', { decision: 'APPROVE', date: '', note: '' })).toEqual({ id: 'r1', approve: true, date: null, note: null });
  });
});

describe('RES-3 the step history', () => {
  it('lists the steps by date, and those of one day in the workflow order', () => {
    const steps = [
      { id: 'c', date: '2026-11-26', step: 'PROPOSE' },
      { id: 'd', date: '2026-12-01', step: 'COMMITTEE_REVIEW' },
      { id: 'b', date: '2026-11-26', step: 'RECOMMEND' },
      { id: 'a', date: '2025-03-12', step: 'WITHDRAW' },
    ];
    expect(orderSteps(steps).map((s) => s.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});
