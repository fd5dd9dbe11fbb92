import { describe, expect, it } from 'vitest';
import { criteria, criteriaMet, criterionFieldLabels, selectionPayload } from './criteria';

describe('SEL-3..5 secretary selection in the console', () => {
  it('labels the four 双强双好 criteria from the domain', () => {
    expect(criteria).toEqual(['developmentAbility', 'stabilityAbility', 'servesPeople', 'buildsOrganisation']);
    expect(criterionFieldLabels('zh').developmentAbility).toBe('推动科学发展能力强');
    expect(criterionFieldLabels('en').servesPeople).toBe('Good at serving the people');
  });

  it('counts the criteria met', () => {
    expect(criteriaMet({ developmentAbility: 'MEETS', stabilityAbility: 'PARTLY', servesPeople: 'MEETS', buildsOrganisation: 'NOT_MET' })).toBe(2);
    expect(criteriaMet(undefined)).toBe(0);
  });

  it('SEL-4 derives the dispatched flag from the source and drops a local secretary’s dispatch details', () => {
    expect(selectionPayload({ sourceCategory: 'DISPATCHED', dispatchedFrom: '区农业农村局', noLocalCandidateReason: '无合适人选' })).toMatchObject({
      dispatched: true,
      dispatchedFrom: '区农业农村局',
    });
    expect(selectionPayload({ sourceCategory: 'VETERAN', dispatchedFrom: '区农业农村局', noLocalCandidateReason: 'x' })).toMatchObject({
      dispatched: false,
      dispatchedFrom: null,
      noLocalCandidateReason: null,
    });
  });
});
