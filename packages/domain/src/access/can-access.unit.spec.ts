import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canAccess, canSeePii, isReadAction, policyOf, resourcePolicies, seesAllUnits, type Action, type ResourcePolicy, type Viewer } from './can-access';
import { Role } from './roles';

const ACTIONS: Action[] = ['list', 'show', 'export', 'create', 'edit', 'delete'];
const READ = 'list show export';
const WRITE_NO_DELETE = 'list show export create edit';
const ALL = 'list show export create edit delete';
const NONE = '';

const admin: Viewer = { role: Role.SUBDISTRICT_ADMIN, unitId: null };
const analyst: Viewer = { role: Role.SUBDISTRICT_ANALYST, unitId: null };
const unitUser: Viewer = { role: Role.UNIT_USER, unitId: 'u1' };

const OWN = 'u1';
const OTHER = 'u2';

/** The actions a viewer may take on a resource at a unit (or at list level when unitId is undefined). */
function allowed(viewer: Viewer | null | undefined, resource: string, unitId?: string | null): string {
  return ACTIONS.filter((action) => canAccess(viewer, action, resource, unitId)).join(' ');
}

type Where = 'own unit' | 'other unit' | 'list level';
const WHERE: Record<Where, string | undefined> = { 'own unit': OWN, 'other unit': OTHER, 'list level': undefined };

/**
 * The full matrix, written out by hand from ROLE-1..3 and the resource table:
 * [rule, role, resource, own unit, other unit, list level]
 */
const MATRIX: [string, Viewer, string, string, string, string][] = [
  // ROLE-1 subdistrict admin: reads and writes every unit; only posts are deletable; the audit log is read-only.
  ['ROLE-1', admin, 'units', WRITE_NO_DELETE, WRITE_NO_DELETE, WRITE_NO_DELETE],
  ['ROLE-1', admin, 'posts', ALL, ALL, ALL],
  ['ROLE-1', admin, 'cadres', WRITE_NO_DELETE, WRITE_NO_DELETE, WRITE_NO_DELETE],
  ['ROLE-1', admin, 'appointments', WRITE_NO_DELETE, WRITE_NO_DELETE, WRITE_NO_DELETE],
  ['ROLE-1', admin, 'users', WRITE_NO_DELETE, WRITE_NO_DELETE, WRITE_NO_DELETE],
  ['ROLE-1', admin, 'auditEntries', READ, READ, READ],
  // ROLE-2 analyst: reads every unit, writes nothing, no users, no audit log.
  ['ROLE-2', analyst, 'units', READ, READ, READ],
  ['ROLE-2', analyst, 'posts', READ, READ, READ],
  ['ROLE-2', analyst, 'cadres', READ, READ, READ],
  ['ROLE-2', analyst, 'appointments', READ, READ, READ],
  ['ROLE-2', analyst, 'users', NONE, NONE, NONE],
  ['ROLE-2', analyst, 'auditEntries', NONE, NONE, NONE],
  // ROLE-3 unit user: only its own unit; reads its unit record, writes its roster; no users, no audit log.
  ['ROLE-3', unitUser, 'units', READ, NONE, READ],
  ['ROLE-3', unitUser, 'posts', ALL, NONE, ALL],
  ['ROLE-3', unitUser, 'cadres', WRITE_NO_DELETE, NONE, WRITE_NO_DELETE],
  ['ROLE-3', unitUser, 'appointments', WRITE_NO_DELETE, NONE, WRITE_NO_DELETE],
  ['ROLE-3', unitUser, 'users', NONE, NONE, NONE],
  ['ROLE-3', unitUser, 'auditEntries', NONE, NONE, NONE],
  // RES-3/RES-5 the unit recommends, proposes, reviews (二议) and develops its reserves; the step history is read-only.
  ['ROLE-1', admin, 'reserveCandidates', WRITE_NO_DELETE, WRITE_NO_DELETE, WRITE_NO_DELETE],
  ['ROLE-2', analyst, 'reserveCandidates', READ, READ, READ],
  ['ROLE-3', unitUser, 'reserveCandidates', WRITE_NO_DELETE, NONE, WRITE_NO_DELETE],
  ['ROLE-1', admin, 'reserveSteps', READ, READ, READ],
  ['ROLE-2', analyst, 'reserveSteps', READ, READ, READ],
  ['ROLE-3', unitUser, 'reserveSteps', READ, NONE, READ],
  ['ROLE-1', admin, 'reserveAssignments', WRITE_NO_DELETE, WRITE_NO_DELETE, WRITE_NO_DELETE],
  ['ROLE-2', analyst, 'reserveAssignments', READ, READ, READ],
  ['ROLE-3', unitUser, 'reserveAssignments', WRITE_NO_DELETE, NONE, WRITE_NO_DELETE],
  // RES-1/2, MGT-3, SEL-3..5: decided and entered by the subdistrict; the unit reads its own.
  ...(['successionPairs', 'successionProposals', 'exitRecords', 'secretarySelections'] as const).flatMap(
    (resource): [string, Viewer, string, string, string, string][] => [
      ['ROLE-1', admin, resource, WRITE_NO_DELETE, WRITE_NO_DELETE, WRITE_NO_DELETE],
      ['ROLE-2', analyst, resource, READ, READ, READ],
      ['ROLE-3', unitUser, resource, READ, NONE, READ],
    ],
  ),
  // ASM-1/5 the catalogue, years and policy parameters are subdistrict data every unit reads (the API hides draft years).
  ['ROLE-1', admin, 'assessmentIndicators', ALL, ALL, ALL],
  ...(['assessmentYears', 'assessmentIndicators', 'policyParameters'] as const).flatMap((resource): [string, Viewer, string, string, string, string][] => [
    ...(resource === 'assessmentIndicators' ? [] : [['ROLE-1', admin, resource, WRITE_NO_DELETE, WRITE_NO_DELETE, WRITE_NO_DELETE] as [string, Viewer, string, string, string, string]]),
    ['ROLE-2', analyst, resource, READ, READ, READ],
    ['ROLE-3', unitUser, resource, READ, READ, READ],
  ]),
  // ASM-2, MGT-2, PAY-1, PAY-5/6, INS-2: entered by the subdistrict; the unit reads its own.
  ...(['assessmentScores', 'consequences', 'payRecords', 'careEvents', 'honours', 'dutyLogChecks'] as const).flatMap(
    (resource): [string, Viewer, string, string, string, string][] => [
      ['ROLE-1', admin, resource, WRITE_NO_DELETE, WRITE_NO_DELETE, WRITE_NO_DELETE],
      ['ROLE-2', analyst, resource, READ, READ, READ],
      ['ROLE-3', unitUser, resource, READ, NONE, READ],
    ],
  ),
  // INS-2 cadres keep their own duty logs (ROLE-3 self-service).
  ['ROLE-1', admin, 'dutyLogEntries', WRITE_NO_DELETE, WRITE_NO_DELETE, WRITE_NO_DELETE],
  ['ROLE-2', analyst, 'dutyLogEntries', READ, READ, READ],
  ['ROLE-3', unitUser, 'dutyLogEntries', WRITE_NO_DELETE, NONE, WRITE_NO_DELETE],
  // TGT-3/4 duty reports: the unit keeps its own
  ['ROLE-1', admin, 'dutyReports', WRITE_NO_DELETE, WRITE_NO_DELETE, WRITE_NO_DELETE],
  ['ROLE-2', analyst, 'dutyReports', READ, READ, READ],
  ['ROLE-3', unitUser, 'dutyReports', WRITE_NO_DELETE, NONE, WRITE_NO_DELETE],
  // TRN-1 sessions are subdistrict data every unit reads; TRN-1 units confirm (edit) their own cadres' attendance only.
  ['ROLE-1', admin, 'trainingSessions', WRITE_NO_DELETE, WRITE_NO_DELETE, WRITE_NO_DELETE],
  ['ROLE-2', analyst, 'trainingSessions', READ, READ, READ],
  ['ROLE-3', unitUser, 'trainingSessions', READ, READ, READ],
  ['ROLE-1', admin, 'trainingParticipations', WRITE_NO_DELETE, WRITE_NO_DELETE, WRITE_NO_DELETE],
  ['ROLE-2', analyst, 'trainingParticipations', READ, READ, READ],
  ['ROLE-3', unitUser, 'trainingParticipations', 'list show export edit', NONE, 'list show export edit'],
  // INS-1 rounds and notices are subdistrict data every unit reads (the API hides drafts); findings are
  // recorded by the subdistrict and read by their unit (the unit reports through the workflow); reports are written by the workflow only.
  ...(['inspectionRounds', 'inspectionNotices'] as const).flatMap((resource): [string, Viewer, string, string, string, string][] => [
    ['ROLE-1', admin, resource, WRITE_NO_DELETE, WRITE_NO_DELETE, WRITE_NO_DELETE],
    ['ROLE-2', analyst, resource, READ, READ, READ],
    ['ROLE-3', unitUser, resource, READ, READ, READ],
  ]),
  ['ROLE-1', admin, 'inspectionFindings', WRITE_NO_DELETE, WRITE_NO_DELETE, WRITE_NO_DELETE],
  ['ROLE-2', analyst, 'inspectionFindings', READ, READ, READ],
  ['ROLE-3', unitUser, 'inspectionFindings', READ, NONE, READ],
  ['ROLE-1', admin, 'rectificationReports', READ, READ, READ],
  ['ROLE-2', analyst, 'rectificationReports', READ, READ, READ],
  ['ROLE-3', unitUser, 'rectificationReports', READ, NONE, READ],
  // the roster import: the admin imports into any unit, a unit user into its own; the analyst reads the runs, never imports
  ['ROLE-1', admin, 'importRuns', WRITE_NO_DELETE, WRITE_NO_DELETE, WRITE_NO_DELETE],
  ['ROLE-2', analyst, 'importRuns', READ, READ, READ],
  ['ROLE-3', unitUser, 'importRuns', WRITE_NO_DELETE, NONE, WRITE_NO_DELETE],
  // ORG-3 the form's resume lines and family members, TGT-1/2 term targets and plan items: a unit keeps its own, deletes included
  ...(['cadreResumeLines', 'cadreFamilyMembers', 'termTargets', 'planItems'] as const).flatMap((resource): [string, Viewer, string, string, string, string][] => [
    ['ROLE-1', admin, resource, ALL, ALL, ALL],
    ['ROLE-2', analyst, resource, READ, READ, READ],
    ['ROLE-3', unitUser, resource, ALL, NONE, ALL],
  ]),
  // TGT-1 a post's own duties, TGT-2 annual plans (drafted by the unit, approved by the subdistrict through the workflow)
  ...(['postDuties', 'annualPlans'] as const).flatMap((resource): [string, Viewer, string, string, string, string][] => [
    ['ROLE-1', admin, resource, WRITE_NO_DELETE, WRITE_NO_DELETE, WRITE_NO_DELETE],
    ['ROLE-2', analyst, resource, READ, READ, READ],
    ['ROLE-3', unitUser, resource, WRITE_NO_DELETE, NONE, WRITE_NO_DELETE],
  ]),
  // TGT-2 progress is written by the workflow only; MGT-1 cases are opened and decided by the subdistrict, read by their unit
  ['ROLE-1', admin, 'planProgressUpdates', READ, READ, READ],
  ['ROLE-2', analyst, 'planProgressUpdates', READ, READ, READ],
  ['ROLE-3', unitUser, 'planProgressUpdates', READ, NONE, READ],
  ['ROLE-1', admin, 'disciplineCases', WRITE_NO_DELETE, WRITE_NO_DELETE, WRITE_NO_DELETE],
  ['ROLE-2', analyst, 'disciplineCases', READ, READ, READ],
  ['ROLE-3', unitUser, 'disciplineCases', READ, NONE, READ],
  // TGT-1 duty templates per post title: the subdistrict's, read by every unit
  ['ROLE-1', admin, 'dutyTemplates', WRITE_NO_DELETE, WRITE_NO_DELETE, WRITE_NO_DELETE],
  ['ROLE-2', analyst, 'dutyTemplates', READ, READ, READ],
  ['ROLE-3', unitUser, 'dutyTemplates', READ, READ, READ],
];

describe('ROLE-1..3 canAccess matrix: role × action × resource × own unit / other unit / list level', () => {
  const rows = MATRIX.flatMap(([rule, viewer, resource, own, other, list]) =>
    (['own unit', 'other unit', 'list level'] as Where[]).map((where) => ({
      rule,
      role: viewer.role,
      viewer,
      resource,
      where,
      expected: where === 'own unit' ? own : where === 'other unit' ? other : list,
    })),
  );

  it.each(rows)('$rule $role on $resource at $where may: [$expected]', ({ viewer, resource, where, expected }) => {
    expect(allowed(viewer, resource, WHERE[where])).toBe(expected);
  });

  it('ROLE-1..3 the matrix covers every resource of the product', () => {
    expect(new Set(MATRIX.map((row) => row[2]))).toEqual(new Set(Object.keys(resourcePolicies)));
  });
});

describe('ROLE-2 the analyst never writes', () => {
  it.each(Object.keys(resourcePolicies))('ROLE-2 analyst cannot create, edit or delete %s anywhere', (resource) => {
    for (const unitId of [OWN, OTHER, undefined, null]) {
      for (const action of ['create', 'edit', 'delete'] as Action[]) expect(canAccess(analyst, action, resource, unitId)).toBe(false);
    }
  });

  it('ROLE-2 a PII grant gives the analyst no write or admin-only access', () => {
    const granted: Viewer = { ...analyst, piiGranted: true };
    expect(canAccess(granted, 'edit', 'cadres', OWN)).toBe(false);
    expect(canAccess(granted, 'list', 'users')).toBe(false);
    expect(canAccess(granted, 'show', 'cadres', OTHER)).toBe(true);
  });
});

describe('ROLE-3 the unit user is confined to its own unit', () => {
  it('ROLE-3 a record with no unit (null) is not the unit user\'s', () => {
    expect(allowed(unitUser, 'cadres', null)).toBe(NONE);
    expect(allowed(unitUser, 'units', null)).toBe(NONE);
  });

  it('ROLE-3 a unit user without a unit id may do nothing, even at list level', () => {
    for (const unitId of [null, '']) {
      const orphan: Viewer = { role: Role.UNIT_USER, unitId };
      for (const resource of Object.keys(resourcePolicies)) {
        expect(allowed(orphan, resource, OWN)).toBe(NONE);
        expect(allowed(orphan, resource)).toBe(NONE);
        expect(allowed(orphan, resource, null)).toBe(NONE);
      }
    }
  });

  it('ROLE-3 unit ids are compared exactly (no prefix or case match)', () => {
    expect(canAccess(unitUser, 'show', 'cadres', 'u10')).toBe(false);
    expect(canAccess(unitUser, 'show', 'cadres', 'U1')).toBe(false);
    expect(canAccess(unitUser, 'show', 'cadres', 'u1')).toBe(true);
  });

  it('ROLE-3 a unit user\'s piiGranted flag changes nothing about scope', () => {
    expect(canAccess({ ...unitUser, piiGranted: true }, 'show', 'cadres', OTHER)).toBe(false);
  });
});

describe('ROLE-1..4 rules that hold for every role', () => {
  const everyone = [admin, analyst, unitUser, { ...analyst, piiGranted: true }];

  it('ROLE-1..3 nobody creates, edits or deletes audit entries', () => {
    for (const viewer of everyone) {
      for (const unitId of [OWN, OTHER, undefined]) {
        for (const action of ['create', 'edit', 'delete'] as Action[]) expect(canAccess(viewer, action, 'auditEntries', unitId)).toBe(false);
      }
    }
  });

  it('SEL-2 history is never deleted: delete is refused for every resource that is not deletable, for every role', () => {
    const notDeletable = Object.entries(resourcePolicies as Record<string, ResourcePolicy>)
      .filter(([, policy]) => policy.deletable !== true)
      .map(([name]) => name);
    const deletable = ['posts', 'assessmentIndicators', 'cadreResumeLines', 'cadreFamilyMembers', 'termTargets', 'planItems'];
    expect(notDeletable.sort()).toEqual(Object.keys(resourcePolicies).filter((r) => !deletable.includes(r)).sort());
    for (const viewer of everyone) {
      for (const resource of notDeletable) {
        for (const unitId of [OWN, OTHER, undefined]) expect(canAccess(viewer, 'delete', resource, unitId)).toBe(false);
      }
    }
  });

  it('ROLE-4 no viewer (null or undefined) may do anything', () => {
    for (const resource of Object.keys(resourcePolicies)) {
      expect(allowed(null, resource, OWN)).toBe(NONE);
      expect(allowed(undefined, resource)).toBe(NONE);
    }
  });

  it('ROLE-4 an unknown resource is refused to every role', () => {
    for (const viewer of everyone) {
      expect(allowed(viewer, 'secrets')).toBe(NONE);
      expect(allowed(viewer, 'Cadres', OWN)).toBe(NONE);
      expect(allowed(viewer, '', OWN)).toBe(NONE);
    }
    expect(policyOf('secrets')).toBeUndefined();
  });

  it.each(['toString', 'constructor', 'hasOwnProperty', '__proto__', 'valueOf'])(
    'ROLE-4 an inherited object property name (%s) is not a resource',
    (name) => {
      expect(policyOf(name)).toBeUndefined();
      for (const viewer of everyone) expect(allowed(viewer, name)).toBe(NONE);
    },
  );

  it('ROLE-4 an unknown role may do nothing', () => {
    const stranger = { role: 'GUEST', unitId: OWN } as unknown as Viewer;
    for (const resource of Object.keys(resourcePolicies)) expect(allowed(stranger, resource, OWN)).toBe(NONE);
  });
});

/**
 * Scopes no current resource uses yet (`subdistrict`, a unit-owned resource the unit may not write).
 * Registered temporarily, as a later resource would register itself, to check the rule for them.
 */
describe('ROLE-1..3 scopes for resources still to come', () => {
  const added: Record<string, ResourcePolicy> = {
    // ASM-1 the indicator catalogue: subdistrict data that units read.
    testIndicatorCatalogue: { scope: 'subdistrict', unitReadable: true },
    // policy parameters: subdistrict data units do not read.
    testPolicyParameters: { scope: 'subdistrict' },
    // ASM-2 scores: entered by the subdistrict; a unit reads its own, never writes.
    testAssessments: { scope: 'unitOwned' },
  };
  const registry = resourcePolicies as Record<string, ResourcePolicy>;

  beforeAll(() => Object.assign(registry, added));
  afterAll(() => {
    for (const name of Object.keys(added)) delete registry[name];
  });

  it('ROLE-3 a unit reads subdistrict data marked unitReadable, at any unit id, and never writes it', () => {
    expect(allowed(unitUser, 'testIndicatorCatalogue')).toBe(READ);
    expect(allowed(unitUser, 'testIndicatorCatalogue', OTHER)).toBe(READ);
  });

  it('ROLE-3 a unit does not read subdistrict data not marked unitReadable', () => {
    expect(allowed(unitUser, 'testPolicyParameters')).toBe(NONE);
  });

  it('ROLE-1 the admin writes subdistrict data; ROLE-2 the analyst reads it', () => {
    expect(allowed(admin, 'testPolicyParameters')).toBe(WRITE_NO_DELETE);
    expect(allowed(analyst, 'testPolicyParameters')).toBe(READ);
  });

  it('ASM-2 a unit reads its own rows of a unit-owned resource it may not write, and never another unit\'s', () => {
    expect(allowed(unitUser, 'testAssessments', OWN)).toBe(READ);
    expect(allowed(unitUser, 'testAssessments', OTHER)).toBe(NONE);
    expect(allowed(unitUser, 'testAssessments')).toBe(READ);
    expect(allowed(admin, 'testAssessments', OTHER)).toBe(WRITE_NO_DELETE);
  });
});

describe('ROLE-2 canSeePii: ID numbers and phones unmasked', () => {
  it('ROLE-2 the analyst does not see PII by default or when the grant is false', () => {
    expect(canSeePii(analyst)).toBe(false);
    expect(canSeePii({ ...analyst, piiGranted: false })).toBe(false);
  });

  it('ROLE-2 the analyst sees PII when granted', () => {
    expect(canSeePii({ ...analyst, piiGranted: true })).toBe(true);
  });

  it('ROLE-1 the admin sees PII, with or without the flag', () => {
    expect(canSeePii(admin)).toBe(true);
    expect(canSeePii({ ...admin, piiGranted: false })).toBe(true);
  });

  it('ROLE-3 the unit user sees its own unit\'s PII (rows are scoped by canAccess)', () => {
    expect(canSeePii(unitUser)).toBe(true);
  });

  it('ROLE-4 no viewer sees no PII', () => {
    expect(canSeePii(null)).toBe(false);
    expect(canSeePii(undefined)).toBe(false);
  });
});

describe('ROLE-3 seesAllUnits and read actions', () => {
  it('ROLE-1/ROLE-2 subdistrict roles see every unit; ROLE-3 a unit user does not', () => {
    expect(seesAllUnits(admin)).toBe(true);
    expect(seesAllUnits(analyst)).toBe(true);
    expect(seesAllUnits(unitUser)).toBe(false);
  });

  it('ROLE-2 list, show and export are reads; create, edit and delete are writes', () => {
    expect(ACTIONS.filter(isReadAction)).toEqual(['list', 'show', 'export']);
  });
});
