import { label, type Labels } from '../shared/labels';
import { ConflictError, ForbiddenError, Problems } from '../shared/errors';
import { Role, roleLabels } from '../access/roles';
import { ExitKind } from '../exit/exit';
import { isIsoDate, type IsoDate } from '../shared/date';

/**
 * MGT-1 Graded handling of problems (分级处理): criticism and education with required
 * rectification; adjustment; serious handling under the regulations.
 */
export const DisciplineLevel = {
  CRITICISM: 'CRITICISM',
  ADJUSTMENT: 'ADJUSTMENT',
  SERIOUS: 'SERIOUS',
} as const;
export type DisciplineLevel = (typeof DisciplineLevel)[keyof typeof DisciplineLevel];
export const disciplineLevelLabels: Labels<DisciplineLevel> = {
  CRITICISM: { zh: '批评教育并整改', en: 'Criticism and education, with rectification' },
  ADJUSTMENT: { zh: '调整', en: 'Adjustment' },
  SERIOUS: { zh: '严肃处理', en: 'Serious handling' },
};

/**
 * MGT-1 Where a case stands: opened with its facts → decided (level, decision, decided-by, date);
 * a decision that requires rectification waits for the unit's answer (RECTIFYING → ANSWERED), which
 * the subdistrict accepts (ACCEPTED) or returns (RECTIFYING again); a case is closed when decided
 * without rectification or once the rectification is accepted. Nothing is deleted.
 */
export const DisciplineStatus = {
  OPEN: 'OPEN',
  DECIDED: 'DECIDED',
  RECTIFYING: 'RECTIFYING',
  ANSWERED: 'ANSWERED',
  ACCEPTED: 'ACCEPTED',
  CLOSED: 'CLOSED',
} as const;
export type DisciplineStatus = (typeof DisciplineStatus)[keyof typeof DisciplineStatus];
export const disciplineStatusLabels: Labels<DisciplineStatus> = {
  OPEN: { zh: '待决定', en: 'Awaiting decision' },
  DECIDED: { zh: '已决定', en: 'Decided' },
  RECTIFYING: { zh: '整改中', en: 'Rectification under way' },
  ANSWERED: { zh: '整改待验收', en: 'Rectification reported' },
  ACCEPTED: { zh: '整改已验收', en: 'Rectification accepted' },
  CLOSED: { zh: '已结案', en: 'Closed' },
};

/** MGT-1 The steps of a case after it is opened. */
export const DisciplineStep = {
  DECIDE: 'DECIDE',
  ANSWER: 'ANSWER',
  ACCEPT: 'ACCEPT',
  RETURN: 'RETURN',
  CLOSE: 'CLOSE',
} as const;
export type DisciplineStep = (typeof DisciplineStep)[keyof typeof DisciplineStep];
export const disciplineStepLabels: Labels<DisciplineStep | 'OPEN'> = {
  OPEN: { zh: '立案', en: 'Open the case' },
  DECIDE: { zh: '作出处理决定', en: 'Decide' },
  ANSWER: { zh: '报告整改情况', en: 'Report the rectification' },
  ACCEPT: { zh: '验收整改', en: 'Accept the rectification' },
  RETURN: { zh: '退回整改', en: 'Return the rectification' },
  CLOSE: { zh: '结案', en: 'Close the case' },
};

interface StepRule {
  from: readonly DisciplineStatus[];
  roles: readonly Role[];
}

/** MGT-1 / ROLE-1 / ROLE-3: the subdistrict opens, decides, accepts, returns and closes; the unit answers (the admin may record the answer for it). */
const STEPS: Record<DisciplineStep, StepRule> = {
  DECIDE: { from: [DisciplineStatus.OPEN], roles: [Role.SUBDISTRICT_ADMIN] },
  ANSWER: { from: [DisciplineStatus.RECTIFYING], roles: [Role.UNIT_USER, Role.SUBDISTRICT_ADMIN] },
  ACCEPT: { from: [DisciplineStatus.ANSWERED], roles: [Role.SUBDISTRICT_ADMIN] },
  RETURN: { from: [DisciplineStatus.ANSWERED], roles: [Role.SUBDISTRICT_ADMIN] },
  CLOSE: { from: [DisciplineStatus.DECIDED, DisciplineStatus.ACCEPTED], roles: [Role.SUBDISTRICT_ADMIN] },
};

/** MGT-1 only the subdistrict admin opens a case */
export const DISCIPLINE_OPEN_ROLES: readonly Role[] = [Role.SUBDISTRICT_ADMIN];

function roleNames(roles: readonly Role[]): string {
  return roles.map((r) => label(roleLabels, r)).join('或');
}

/** MGT-1 A role that may not open a case → ForbiddenError. */
export function checkMayOpenDisciplineCase(role: Role): void {
  if (!DISCIPLINE_OPEN_ROLES.includes(role)) {
    throw new ForbiddenError('Only a subdistrict admin may open a discipline case.', `只有${roleNames(DISCIPLINE_OPEN_ROLES)}才能立案`);
  }
}

/**
 * MGT-1 The state machine of a discipline case: the status after `step` taken by `role` from
 * `current`. A role that may not take the step → ForbiddenError; a step out of order or repeated
 * → ConflictError. `withRectification` says whether a decision requires rectification.
 */
export function nextDisciplineStatus(current: DisciplineStatus, step: DisciplineStep, role: Role, withRectification = false): DisciplineStatus {
  const rule = STEPS[step];
  if (!rule) throw new ConflictError(`Unknown step ${String(step)}.`, `未知的步骤 ${String(step)}`);
  if (!rule.roles.includes(role)) {
    throw new ForbiddenError(`Only ${rule.roles.join(' or ')} may take the step ${step}.`, `只有${roleNames(rule.roles)}才能进行“${label(disciplineStepLabels, step)}”`);
  }
  if (!rule.from.includes(current)) {
    throw new ConflictError(
      `The step ${step} needs a case in status ${rule.from.join(' or ')}; this one is ${current}.`,
      `“${label(disciplineStepLabels, step)}”须在“${rule.from.map((s) => label(disciplineStatusLabels, s)).join('”或“')}”状态下进行，该案件当前为“${label(disciplineStatusLabels, current)}”`,
    );
  }
  switch (step) {
    case DisciplineStep.DECIDE:
      return withRectification ? DisciplineStatus.RECTIFYING : DisciplineStatus.DECIDED;
    case DisciplineStep.ANSWER:
      return DisciplineStatus.ANSWERED;
    case DisciplineStep.ACCEPT:
      return DisciplineStatus.ACCEPTED;
    case DisciplineStep.RETURN:
      return DisciplineStatus.RECTIFYING;
    default:
      return DisciplineStatus.CLOSED;
  }
}

/** MGT-1 The steps `role` may take next on a case in `current` (for the console's buttons). */
export function allowedDisciplineSteps(current: DisciplineStatus, role: Role): DisciplineStep[] {
  return (Object.keys(STEPS) as DisciplineStep[]).filter((step) => STEPS[step].from.includes(current) && STEPS[step].roles.includes(role));
}

/** MGT-1 A case is open (a warning sign, MGT-4) until it is closed. */
export function disciplineCaseIsOpen(status: DisciplineStatus): boolean {
  return status !== DisciplineStatus.CLOSED;
}

/** MGT-1 A rectification is overdue from the day after its deadline while no answer has been accepted. */
export function rectificationOverdue(c: { status: DisciplineStatus; rectificationDeadline?: IsoDate | null }, asOf: IsoDate): boolean {
  return (c.status === DisciplineStatus.RECTIFYING || c.status === DisciplineStatus.ANSWERED) && c.rectificationDeadline != null && asOf > c.rectificationDeadline;
}

/** MGT-3 The exits a discipline decision may carry out (a recall needs the assembly's vote: it is recorded as an exit of its own). */
export const DISCIPLINE_EXIT_KINDS: readonly ExitKind[] = [ExitKind.REMOVAL, ExitKind.DISMISSAL, ExitKind.TERMINATION];

export interface DisciplineDecision {
  level: DisciplineLevel;
  decision?: string | null;
  decidedOn?: IsoDate | null;
  rectificationRequirement?: string | null;
  rectificationDeadline?: IsoDate | null;
  /** MGT-3 an adjustment or serious handling that ends service: the exit's kind and effective date */
  exitKind?: ExitKind | null;
  exitEffectiveDate?: IsoDate | null;
}

const present = (v: unknown) => typeof v === 'string' && v.trim().length > 0;

/**
 * MGT-1 Checks a decision: its text and date (not after today, not before the case was opened);
 * criticism and education always requires rectification (requirement and deadline, the deadline
 * not before the decision); a rectification requirement and its deadline go together; only an
 * adjustment or serious handling ends service (an exit of a kind in DISCIPLINE_EXIT_KINDS, effective
 * on or after the decision).
 */
export function checkDisciplineDecision(d: DisciplineDecision, openedOn: IsoDate, today: IsoDate, problems = new Problems()): Problems {
  problems.check(Object.values(DisciplineLevel).includes(d.level), 'level', 'unknown level', '请选择处理等级');
  problems.check(present(d.decision), 'decision', 'the decision is required', '请填写处理决定');
  if (!isIsoDate(d.decidedOn)) problems.add('decidedOn', 'a decision date (YYYY-MM-DD) is required', '请填写决定日期');
  else {
    if (d.decidedOn > today) problems.add('decidedOn', 'lies in the future', '决定日期不能晚于今天');
    if (d.decidedOn < openedOn) problems.add('decidedOn', 'lies before the case was opened', '决定日期不能早于立案日期');
  }
  const requirement = present(d.rectificationRequirement);
  const deadline = d.rectificationDeadline != null;
  if (d.level === DisciplineLevel.CRITICISM) {
    problems.check(requirement, 'rectificationRequirement', 'criticism and education requires rectification: state what is to be rectified', '批评教育须提出整改要求');
    problems.check(deadline, 'rectificationDeadline', 'criticism and education requires a rectification deadline', '批评教育须规定整改期限');
  } else if (requirement !== deadline) {
    if (requirement) problems.add('rectificationDeadline', 'a rectification requirement needs a deadline', '提出整改要求时须规定整改期限');
    else problems.add('rectificationRequirement', 'a deadline needs a rectification requirement', '规定整改期限时须填写整改要求');
  }
  if (deadline && isIsoDate(d.decidedOn) && isIsoDate(d.rectificationDeadline) && d.rectificationDeadline < d.decidedOn) {
    problems.add('rectificationDeadline', 'lies before the decision', '整改期限不能早于决定日期');
  }
  if (d.exitKind != null) {
    if (d.level === DisciplineLevel.CRITICISM) problems.add('exitKind', 'criticism and education does not end service', '批评教育不涉及退出');
    else if (!DISCIPLINE_EXIT_KINDS.includes(d.exitKind)) problems.add('exitKind', `one of ${DISCIPLINE_EXIT_KINDS.join(', ')}`, '退出方式应为免职、辞退或解聘');
    if (!isIsoDate(d.exitEffectiveDate)) problems.add('exitEffectiveDate', 'the exit needs an effective date', '请填写退出生效日期');
    else if (isIsoDate(d.decidedOn) && d.exitEffectiveDate < d.decidedOn) problems.add('exitEffectiveDate', 'lies before the decision', '退出生效日期不能早于决定日期');
  } else if (d.exitEffectiveDate != null) {
    problems.add('exitKind', 'an effective date needs the exit’s kind', '填写退出生效日期时须选择退出方式');
  }
  return problems;
}

/** MGT-1 Whether the decision requires rectification (then the unit answers it). */
export function decisionRequiresRectification(d: Pick<DisciplineDecision, 'level' | 'rectificationRequirement'>): boolean {
  return d.level === DisciplineLevel.CRITICISM || present(d.rectificationRequirement);
}
