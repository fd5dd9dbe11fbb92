import type { Labels } from '../shared/labels';

/**
 * MGT-4 Warning signs on a cadre. The list is open: each rule that produces a sign adds its kind
 * here and registers a source in the API; the warning list itself does not change.
 */
export const WarningKind = {
  EXIT_PENDING: 'EXIT_PENDING',
  ADMONISHMENT: 'ADMONISHMENT',
  REMOVAL_PROPOSED: 'REMOVAL_PROPOSED',
  FAILED_LOG_CHECK: 'FAILED_LOG_CHECK',
  LOW_EVALUATION: 'LOW_EVALUATION',
  DISCIPLINE_CASE: 'DISCIPLINE_CASE',
  DUTY_REPORT_MISSING: 'DUTY_REPORT_MISSING',
  POOR_POLL: 'POOR_POLL',
} as const;
export type WarningKind = (typeof WarningKind)[keyof typeof WarningKind];
export const warningKindLabels: Labels<WarningKind> = {
  EXIT_PENDING: { zh: '退出待生效', en: 'Exit pending' },
  ADMONISHMENT: { zh: '诫勉谈话', en: 'Admonishment talk' },
  REMOVAL_PROPOSED: { zh: '拟免职', en: 'Removal proposed' },
  FAILED_LOG_CHECK: { zh: '纪实日志检查未通过', en: 'Duty log check failed' },
  LOW_EVALUATION: { zh: '评议较差', en: 'Low evaluation' },
  DISCIPLINE_CASE: { zh: '问题处理中', en: 'Discipline case open' },
  DUTY_REPORT_MISSING: { zh: '未按期述职', en: 'Duty report missing' },
  POOR_POLL: { zh: '测评“差”票偏多', en: 'Many “poor” votes in the poll' },
};
