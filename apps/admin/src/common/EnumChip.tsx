import { Chip, type ChipProps } from '@mui/material';
import { useFieldValue, useTranslate } from 'react-admin';
import { enumKey, type EnumName } from './enums';

type Color = ChipProps['color'];

/** The colour of each value of the enums shown as chips (status-like values). */
const colors: Partial<Record<EnumName, Record<string, Color>>> = {
  reserveStatus: { RECOMMENDED: 'default', PROPOSED: 'info', COMMITTEE_APPROVED: 'warning', IN_POOL: 'success', REJECTED: 'error', WITHDRAWN: 'default' },
  successionStatus: { PROPOSED: 'warning', APPOINTED: 'success', DECLINED: 'default' },
  judgement: { MEETS: 'success', PARTLY: 'warning', NOT_MET: 'error' },
  warningKind: { EXIT_PENDING: 'warning', ADMONISHMENT: 'warning', REMOVAL_PROPOSED: 'error', FAILED_LOG_CHECK: 'warning', LOW_EVALUATION: 'error', DISCIPLINE_CASE: 'warning', DUTY_REPORT_MISSING: 'warning', POOR_POLL: 'error' },
  exitKind: { RESIGNATION: 'default', DISMISSAL: 'warning', TERMINATION: 'warning', RECALL: 'error', REMOVAL: 'error' },
  developmentGap: { NO_EXPOSURE: 'warning', NO_INDEPENDENT_RESPONSIBILITY: 'warning', COLLEGE_GRADUATE_NEEDS_MORE: 'info' },
  assessmentYearStatus: { DRAFT: 'warning', PUBLISHED: 'success' },
  consequenceKind: { ADMONISHMENT_TALK: 'warning', REMOVAL: 'error' },
  consequenceStatus: { PROPOSED: 'warning', CONFIRMED: 'success', DISMISSED: 'default' },
  careKind: { HOME_VISIT: 'info', PHYSICAL_EXAM: 'default' },
  honourKind: { COMMENDATION: 'success' },
  logCheckOutcome: { PASS: 'success', FAIL: 'error' },
  allowanceReason: { PASSED: 'success', FAILED: 'error', NOT_CHECKED: 'warning' },
  disciplineLevel: { CRITICISM: 'warning', ADJUSTMENT: 'error', SERIOUS: 'error' },
  disciplineStatus: { OPEN: 'warning', DECIDED: 'info', RECTIFYING: 'warning', ANSWERED: 'info', ACCEPTED: 'success', CLOSED: 'default' },
  rectificationStatus: { OPEN: 'warning', SUBMITTED: 'info', ACCEPTED: 'success', RETURNED: 'error' },
  noticeStatus: { DRAFT: 'warning', ISSUED: 'success', SUPERSEDED: 'default' },
  findingSeverity: { MINOR: 'default', SERIOUS: 'warning', GRAVE: 'error' },
};

export function enumColor(name: EnumName, value: string): Color {
  return colors[name]?.[value] ?? 'default';
}

/** One enum value as a small coloured chip, labelled in the current language. */
export function EnumValueChip({ enumName, value, ...props }: { enumName: EnumName; value: string } & Omit<ChipProps, 'label' | 'color'>) {
  const translate = useTranslate();
  return <Chip size="small" label={translate(enumKey(enumName, value), { _: value })} color={enumColor(enumName, value)} {...props} />;
}

/** An enum field of the record as a chip; a list of values as several chips. */
export function EnumChip({ source, enumName }: { source: string; enumName: EnumName; label?: string; sortable?: boolean }) {
  const value = useFieldValue({ source });
  if (value == null || value === '') return null;
  const values = Array.isArray(value) ? (value as string[]) : [String(value)];
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 4 }}>
      {values.map((v) => (
        <EnumValueChip key={v} enumName={enumName} value={v} />
      ))}
    </span>
  );
}
