import { Role } from './roles';

/** Who is asking: the role and, for a unit user, its unit (ROLE-3). */
export interface Viewer {
  role: Role;
  unitId: string | null;
  /** ROLE-2 An analyst sees ID numbers and phones only when granted. */
  piiGranted?: boolean;
}

export type Action = 'list' | 'show' | 'export' | 'create' | 'edit' | 'delete';

const READ_ACTIONS: ReadonlySet<Action> = new Set(['list', 'show', 'export']);

export function isReadAction(action: Action): boolean {
  return READ_ACTIONS.has(action);
}

/**
 * How a resource is scoped:
 * - `unit`: the units themselves; a unit user reads its own.
 * - `unitOwned`: rows that carry a unit id; a unit user reads, and where `unitWritable` writes,
 *   only its own unit's rows.
 * - `subdistrict`: subdistrict data (catalogues, parameters); `unitReadable` says whether units read it.
 * - `adminOnly`: users and the audit log.
 */
export type Scope = 'unit' | 'unitOwned' | 'subdistrict' | 'adminOnly';

export interface ResourcePolicy {
  scope: Scope;
  /** ROLE-3 the unit's self-service scope (roster, duty logs, recommendations, ...): all writes, or only these actions */
  unitWritable?: boolean | readonly Action[];
  unitReadable?: boolean;
  /** no create/edit/delete for anyone (e.g. the audit log) */
  readOnly?: boolean;
  /** deletion loses no history */
  deletable?: boolean;
}

/** ROLE-1..4 The resources of the product and their scope. Later resources add themselves here. */
export const resourcePolicies = {
  units: { scope: 'unit' },
  posts: { scope: 'unitOwned', unitWritable: true, deletable: true },
  cadres: { scope: 'unitOwned', unitWritable: true },
  // the appointment form's resume lines and family members: kept with the cadre
  cadreResumeLines: { scope: 'unitOwned', unitWritable: true, deletable: true },
  cadreFamilyMembers: { scope: 'unitOwned', unitWritable: true, deletable: true },
  appointments: { scope: 'unitOwned', unitWritable: true },
  // RES-3: the unit recommends, proposes and reviews (二议); the subdistrict's review is checked by the workflow
  reserveCandidates: { scope: 'unitOwned', unitWritable: true },
  reserveSteps: { scope: 'unitOwned', readOnly: true },
  // RES-5: the unit develops its reserves
  reserveAssignments: { scope: 'unitOwned', unitWritable: true },
  // RES-1/2: pairs and successions are decided by the subdistrict
  successionPairs: { scope: 'unitOwned' },
  successionProposals: { scope: 'unitOwned' },
  // MGT-3: exits are entered by the subdistrict (ROLE-1)
  exitRecords: { scope: 'unitOwned' },
  // SEL-3..5
  secretarySelections: { scope: 'unitOwned' },
  // TRN-1/2: sessions are subdistrict data units read; units confirm their own cadres' attendance
  trainingSessions: { scope: 'subdistrict', unitReadable: true },
  trainingParticipations: { scope: 'unitOwned', unitWritable: ['edit'] },
  // ASM-1/2/5: the catalogue and years are subdistrict data; scores are entered by the subdistrict, a unit reads its own (published years only)
  assessmentYears: { scope: 'subdistrict', unitReadable: true },
  // a draft year's indicator without scores can be deleted (the API checks both)
  assessmentIndicators: { scope: 'subdistrict', unitReadable: true, deletable: true },
  assessmentScores: { scope: 'unitOwned' },
  // MGT-2: proposed on publishing, confirmed or dismissed by an admin
  consequences: { scope: 'unitOwned' },
  // policy parameters per year: everyone reads, admins edit
  policyParameters: { scope: 'subdistrict', unitReadable: true },
  // PAY-1 pay records, PAY-5/6 care and honours: kept by the subdistrict
  payRecords: { scope: 'unitOwned' },
  careEvents: { scope: 'unitOwned' },
  honours: { scope: 'unitOwned' },
  // INS-2: cadres keep their duty logs (ROLE-3); the subdistrict checks them
  dutyLogEntries: { scope: 'unitOwned', unitWritable: true },
  dutyLogChecks: { scope: 'unitOwned' },
  // MGT-1: opened and decided by the subdistrict; the unit answers the rectification through its own mutation
  disciplineCases: { scope: 'unitOwned' },
  // INS-1/3: rounds and notices are subdistrict data (units read issued notices as written); findings
  // are recorded by the subdistrict, rectification reports come through the workflow commands
  inspectionRounds: { scope: 'subdistrict', unitReadable: true },
  inspectionFindings: { scope: 'unitOwned' },
  rectificationReports: { scope: 'unitOwned', readOnly: true },
  inspectionNotices: { scope: 'subdistrict', unitReadable: true },
  // TGT-1/2: duty templates are subdistrict data; the unit refines its posts' duties, drafts its term targets and plans
  // (the plan's workflow decides who approves and judges), and records progress through the workflow
  dutyTemplates: { scope: 'subdistrict', unitReadable: true },
  postDuties: { scope: 'unitOwned', unitWritable: true },
  termTargets: { scope: 'unitOwned', unitWritable: true, deletable: true },
  annualPlans: { scope: 'unitOwned', unitWritable: ['create', 'edit'] },
  planItems: { scope: 'unitOwned', unitWritable: true, deletable: true },
  planProgressUpdates: { scope: 'unitOwned', readOnly: true },
  // TGT-3/4: each unit keeps its own duty reports and 三评 (the higher-level evaluation is the subdistrict's, checked by the API)
  dutyReports: { scope: 'unitOwned', unitWritable: true },
  // the roster import (花名册): the admin imports into any unit, a unit user into its own; the analyst never
  importRuns: { scope: 'unitOwned', unitWritable: true },
  users: { scope: 'adminOnly' },
  auditEntries: { scope: 'adminOnly', readOnly: true },
} satisfies Record<string, ResourcePolicy>;

export type Resource = keyof typeof resourcePolicies;

export function policyOf(resource: string): ResourcePolicy | undefined {
  // ROLE-4 own keys only: an inherited name ('toString', '__proto__', ...) is not a resource.
  return Object.hasOwn(resourcePolicies, resource) ? (resourcePolicies as Record<string, ResourcePolicy>)[resource] : undefined;
}

/**
 * ROLE-1..4 The one access rule, used by the API to decide and by the console to show controls.
 * `unitId` is the unit of the record concerned; omit it for list-level questions ("may this
 * viewer list cadres at all?" — the server then scopes the rows).
 */
export function canAccess(viewer: Viewer | null | undefined, action: Action, resource: string, unitId?: string | null): boolean {
  if (!viewer) return false;
  const policy = policyOf(resource);
  if (!policy) return false;
  const read = isReadAction(action);
  if (!read && policy.readOnly) return false;
  if (action === 'delete' && !policy.deletable) return false;
  switch (viewer.role) {
    case Role.SUBDISTRICT_ADMIN:
      return true;
    case Role.SUBDISTRICT_ANALYST: // ROLE-2 reads everything but users and the audit log; writes nothing
      return read && policy.scope !== 'adminOnly';
    case Role.UNIT_USER: {
      if (!viewer.unitId) return false;
      const ownOrList = unitId === undefined || unitId === viewer.unitId;
      switch (policy.scope) {
        case 'unit':
          return read && ownOrList;
        case 'unitOwned':
          return ownOrList && (read || policy.unitWritable === true || (Array.isArray(policy.unitWritable) && policy.unitWritable.includes(action)));
        case 'subdistrict':
          return read && policy.unitReadable === true;
        default:
          return false;
      }
    }
    default:
      return false;
  }
}

/** ROLE-2 Whether the viewer sees ID numbers and phones unmasked. */
export function canSeePii(viewer: Viewer | null | undefined): boolean {
  if (!viewer) return false;
  return viewer.role !== Role.SUBDISTRICT_ANALYST || viewer.piiGranted === true;
}

/** ROLE-3 Whether rows of every unit are visible (no unit scope applies). */
export function seesAllUnits(viewer: Viewer): boolean {
  return viewer.role === Role.SUBDISTRICT_ADMIN || viewer.role === Role.SUBDISTRICT_ANALYST;
}
