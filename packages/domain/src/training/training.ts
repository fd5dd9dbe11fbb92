import type { Labels } from '../shared/labels';
import type { IsoDate } from '../shared/date';

/** TRN-1 */
export const TrainingKind = { TRAINING: 'TRAINING', STUDY_TRIP: 'STUDY_TRIP' } as const;
export type TrainingKind = (typeof TrainingKind)[keyof typeof TrainingKind];
export const trainingKindLabels: Labels<TrainingKind> = {
  TRAINING: { zh: '集中培训', en: 'Training session' },
  STUDY_TRIP: { zh: '外出考察', en: 'Study trip' },
};

/** RES-5 Development assignments of a reserve (培养锻炼). */
export const AssignmentKind = { EXPOSURE: 'EXPOSURE', INDEPENDENT_RESPONSIBILITY: 'INDEPENDENT_RESPONSIBILITY' } as const;
export type AssignmentKind = (typeof AssignmentKind)[keyof typeof AssignmentKind];
export const assignmentKindLabels: Labels<AssignmentKind> = {
  EXPOSURE: { zh: '全面熟悉情况', en: 'Broad exposure' },
  INDEPENDENT_RESPONSIBILITY: { zh: '独立负责某项工作', en: 'Independent responsibility' },
};

export interface Attendance {
  cadreId: string;
  sessionStart: IsoDate;
  attended: boolean | null;
  hours: number;
}

/** TRN-2 Hours of training attended per cadre in a calendar year (by the session's start date). */
export function trainingHoursByCadre(records: Attendance[], year: number): Map<string, number> {
  const hours = new Map<string, number>();
  for (const r of records) {
    if (r.attended !== true || Number(r.sessionStart.slice(0, 4)) !== year) continue;
    hours.set(r.cadreId, (hours.get(r.cadreId) ?? 0) + r.hours);
  }
  return hours;
}

/** TRN-2 The cadres (of those given) who attended no training in the year. */
export function cadresWithoutTraining<C extends { id: string }>(cadres: C[], records: Attendance[], year: number): C[] {
  const trained = trainingHoursByCadre(records, year);
  return cadres.filter((c) => !(trained.get(c.id)! > 0));
}

/**
 * RES-5 Whether a reserve's development meets the rule: broad exposure and at least one
 * independent responsibility. College-graduate village officials (大学生村官) are to get heavier
 * assignments: flagged when they have fewer than two independent responsibilities.
 */
export function developmentGaps(assignments: { kind: AssignmentKind }[], isCollegeGraduateOfficial: boolean): ('NO_EXPOSURE' | 'NO_INDEPENDENT_RESPONSIBILITY' | 'COLLEGE_GRADUATE_NEEDS_MORE')[] {
  const independent = assignments.filter((a) => a.kind === AssignmentKind.INDEPENDENT_RESPONSIBILITY).length;
  const gaps: ('NO_EXPOSURE' | 'NO_INDEPENDENT_RESPONSIBILITY' | 'COLLEGE_GRADUATE_NEEDS_MORE')[] = [];
  if (!assignments.some((a) => a.kind === AssignmentKind.EXPOSURE)) gaps.push('NO_EXPOSURE');
  if (independent === 0) gaps.push('NO_INDEPENDENT_RESPONSIBILITY');
  else if (isCollegeGraduateOfficial && independent < 2) gaps.push('COLLEGE_GRADUATE_NEEDS_MORE');
  return gaps;
}
