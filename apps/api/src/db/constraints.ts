/**
 * The database's own guards for every "one … per …" rule. The code checks each rule first and gives
 * a specific message one request at a time; the constraint stops two concurrent requests that both
 * passed the check. A violated constraint answers `CONFLICT` with the rule's message
 * (src/graphql/errors.ts), never an internal error.
 *
 * A new constraint is one line here: its stable name (the same on PostgreSQL and SQLite), and, for a
 * plain unique index, the table and columns SQLite names in "UNIQUE constraint failed: t.a, t.b"
 * (SQLite does not give the index's name; a trigger aborts with the constraint's name, and an
 * expression index is reported by name).
 */
export interface ConstraintRule {
  /** the rule ID in the domain specification */
  rule: string;
  message: string;
  messageZh: string;
  /** SQLite's "table.column, table.column" of a unique index on plain columns */
  sqliteColumns?: string;
}

const rule = (id: string, message: string, messageZh: string, sqliteColumns?: string): ConstraintRule => ({ rule: id, message, messageZh, sqliteColumns });

export const constraintRules: Readonly<Record<string, ConstraintRule>> = {
  unit_name_unique: rule('ORG-2', 'A unit with this name exists already.', '已存在同名的村(社区)', 'unit.name'),
  unit_code_unique: rule('ORG-2', 'A unit with this code exists already.', '该单位编码已被使用', 'unit.code'),
  app_user_username_unique: rule('ROLE-1', 'This username is taken.', '该用户名已被使用', 'app_user.username'),
  cadre_id_number_unique: rule('SEL-1', 'A cadre with this ID number exists already.', '已存在身份证号相同的干部', 'cadre.id_number'),
  appointment_post_no_overlap: rule('SEL-2', 'This post already has a holder for an overlapping period.', '该岗位在重叠的时间段内已有任职人员'),
  secretary_selection_appointment_id_unique: rule('SEL-3', 'This appointment has a selection record already: update it.', '该任职已有书记选任记录，请修改原记录', 'secretary_selection.appointment_id'),
  reserve_candidate_cadre_live_unique: rule('RES-3', 'This cadre already has a candidacy under way or in the pool.', '该干部已有进行中或已入库的后备干部推荐', 'reserve_candidate.cadre_id'),
  succession_pair_post_active_unique: rule('RES-1', 'This post already has a reserve; release that pair first.', '该岗位已有后备干部，请先解除结对', 'succession_pair.post_id'),
  succession_pair_reserve_active_unique: rule('RES-1', 'This reserve already backs another post.', '该后备干部已与其他岗位结对', 'succession_pair.reserve_candidate_id'),
  succession_proposal_exit_post_unique: rule('RES-2', 'This exit has a successor proposal for the post already.', '该退出已对此岗位提出接任人选', 'succession_proposal.exit_record_id, succession_proposal.post_id'),
  exit_record_cadre_id_unique: rule('MGT-3', 'This cadre has exited already.', '该干部已办理退出，不能重复办理', 'exit_record.cadre_id'),
  training_participation_session_id_cadre_id_unique: rule('TRN-1', 'This cadre is enrolled in this session already.', '该干部已报名参加本次培训', 'training_participation.session_id, training_participation.cadre_id'),
  assessment_year_year_unique: rule('ASM-1', 'This assessment year exists already.', '该考核年度已存在', 'assessment_year.year'),
  assessment_indicator_year_name_unique: rule('ASM-1', 'The catalogue of this year has an indicator with this name already.', '该年度考核指标中已有同名指标', 'assessment_indicator.year, assessment_indicator.name'),
  assessment_score_unit_id_indicator_id_unique: rule('ASM-1', 'This unit has a score for this indicator already: update that score.', '该单位在此指标上已有评分，请修改原评分', 'assessment_score.unit_id, assessment_score.indicator_id'),
  ranking_entry_year_ranked_unit_id_unique: rule('ASM-3', 'The ranking of this year is stored already.', '该年度的排名已生成', 'ranking_entry.year, ranking_entry.ranked_unit_id'),
  consequence_unit_year_kind_subject_unique: rule('MGT-2', 'This consequence is proposed for this unit and year already.', '该单位本年度已有相同的处理建议'),
  pay_record_cadre_id_year_unique: rule('PAY-1', 'This cadre has a pay record for this year already: update that one.', '该干部本年度已有报酬记录，请修改原记录', 'pay_record.cadre_id, pay_record.year'),
  duty_log_check_cadre_id_month_unique: rule('INS-2', 'The duty log of this secretary for this month has been checked already: update that check.', '该书记本月的纪实日志已检查，请修改原检查记录', 'duty_log_check.cadre_id, duty_log_check.month'),
  discipline_case_finding_case_id_finding_id_unique: rule('MGT-1', 'This finding is linked to the case already.', '该督查问题已关联到本案件', 'discipline_case_finding.case_id, discipline_case_finding.finding_id'),
  inspection_notice_year_number_revision_unique: rule('INS-1', 'A notice with this number exists in this year already.', '本年度已有该期数的督查通报', 'inspection_notice.year, inspection_notice.number, inspection_notice.revision'),
  inspection_deduction_finding_id_unique: rule('INS-3', 'The deduction of this finding has been applied already.', '该问题的扣分已计入考核，不能重复扣分', 'inspection_deduction.finding_id'),
  annual_plan_unit_id_year_unique: rule('TGT-1', 'This unit has a plan for this year already: edit that one.', '该单位本年度已有年度计划，请修改原计划', 'annual_plan.unit_id, annual_plan.year'),
  duty_template_title_unique: rule('TGT-1', 'This post title has its duties already: edit them.', '该职务已有岗位职责模板，请修改原模板', 'duty_template.title'),
  post_duty_post_id_unique: rule('TGT-1', 'This post has its duties already: edit them.', '该岗位已有岗位职责，请修改原记录', 'post_duty.post_id'),
  policy_value_year_key_unique: rule('PAY-1', 'This parameter has a value for this year already.', '该参数本年度已有取值', 'policy_value.year, policy_value.key'),
  duty_report_cadre_id_year_half_unique: rule('TGT-3', 'This cadre has a duty report for this half year already: update that one.', '该干部本半年度已有述职记录，请修改原记录', 'duty_report.cadre_id, duty_report.year, duty_report.half'),
};

const bySqliteColumns = new Map(Object.entries(constraintRules).flatMap(([name, r]) => (r.sqliteColumns ? [[r.sqliteColumns, name] as const] : [])));

/**
 * What arrives (MikroORM copies the driver error's fields onto its own exception):
 * - PostgreSQL 23505 → UniqueConstraintViolationException, 23P01 (exclusion) → DriverException; both
 *   carry `code` and `constraint` (the name).
 * - SQLite (libsql) SQLITE_CONSTRAINT_UNIQUE → UniqueConstraintViolationException, message
 *   "… UNIQUE constraint failed: t.a, t.b" (or "index 'name'" for an expression index);
 *   SQLITE_CONSTRAINT_TRIGGER → DriverException, message "… - <constraint name>".
 */
const PG_CONFLICT_CODES = new Set(['23505', '23P01']);

/**
 * The name of the constraint a database error reports as violated, when it is one of ours:
 * PostgreSQL gives it (`constraint` of a 23505 / 23P01 error); SQLite names the columns of a unique
 * index, or the index of an expression index, and a trigger aborts with the constraint's name.
 */
export function violatedConstraint(error: unknown): { name: string; rule: ConstraintRule } | null {
  if (!(error instanceof Error)) return null;
  const { code, constraint } = error as Error & { code?: unknown; constraint?: unknown };
  if (typeof constraint === 'string' && typeof code === 'string' && PG_CONFLICT_CODES.has(code)) return found(constraint);
  const message = error.message;
  const unique = /UNIQUE constraint failed: (.+?)\s*$/m.exec(message);
  if (unique) {
    const what = unique[1]!;
    const index = /^index '([^']+)'$/.exec(what);
    return found(index ? index[1]! : (bySqliteColumns.get(what) ?? ''));
  }
  if (/SQLITE_CONSTRAINT/.test(String(code ?? '')) || /constraint/i.test(message)) {
    const name = Object.keys(constraintRules).find((n) => new RegExp(`\\b${n}\\b`).test(message));
    if (name) return found(name);
  }
  return null;
}

function found(name: string): { name: string; rule: ConstraintRule } | null {
  const r = constraintRules[name];
  return r ? { name, rule: r } : null;
}
