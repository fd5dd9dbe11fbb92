import {
  allowanceReasonLabels,
  findingCategoryLabels,
  findingSeverityLabels,
  noticeStatusLabels,
  rectificationStatusLabels,
  rectificationStepLabels,
  assessmentYearStatusLabels,
  campaignYearLabels,
  assignmentKindLabels,
  careKindLabels,
  dutyReportAudienceLabels,
  consequenceKindLabels,
  consequenceStatusLabels,
  disciplineLevelLabels,
  disciplineStatusLabels,
  honourKindLabels,
  logCheckOutcomeLabels,
  educationLabels,
  enumValues,
  exitKindLabels,
  genderLabels,
  judgementLabels,
  pairReleaseLabels,
  politicalStatusLabels,
  postTitleLabels,
  recommendationSourceLabels,
  reserveStatusLabels,
  reserveStepLabels,
  roleLabels,
  selectionMethodLabels,
  sourceCategoryLabels,
  successionStatusLabels,
  trainingKindLabels,
  unitKindLabels,
  warningKindLabels,
  type Labels,
} from '@liangwei/domain';

/** SEL-2 Status of an appointment, derived by the API from its dates. */
export type AppointmentStatus = 'CURRENT' | 'ENDED' | 'FUTURE';
export const appointmentStatusLabels: Labels<AppointmentStatus> = {
  CURRENT: { zh: '在任', en: 'Current' },
  ENDED: { zh: '已离任', en: 'Ended' },
  FUTURE: { zh: '尚未到任', en: 'Not yet started' },
};

/** RES-5 What a reserve's development lacks (`ReserveCandidate.developmentGaps`, named by the API). */
export type DevelopmentGap = 'NO_EXPOSURE' | 'NO_INDEPENDENT_RESPONSIBILITY' | 'COLLEGE_GRADUATE_NEEDS_MORE';
export const developmentGapLabels: Labels<DevelopmentGap> = {
  NO_EXPOSURE: { zh: '尚无全面熟悉情况的锻炼', en: 'No broad exposure yet' },
  NO_INDEPENDENT_RESPONSIBILITY: { zh: '尚未独立负责某项工作', en: 'No independent responsibility yet' },
  COLLEGE_GRADUATE_NEEDS_MORE: { zh: '大学生村官应加压锻炼(独立负责不少于2项)', en: 'College-graduate official: at least two independent responsibilities' },
};

/** Every enum the console shows, with its bilingual labels from the domain package. */
export const enumLabels = {
  unitKind: unitKindLabels,
  gender: genderLabels,
  postTitle: postTitleLabels,
  education: educationLabels,
  politicalStatus: politicalStatusLabels,
  selectionMethod: selectionMethodLabels,
  role: roleLabels,
  appointmentStatus: appointmentStatusLabels,
  recommendationSource: recommendationSourceLabels,
  reserveStatus: reserveStatusLabels,
  reserveStep: reserveStepLabels,
  developmentGap: developmentGapLabels,
  assignmentKind: assignmentKindLabels,
  pairRelease: pairReleaseLabels,
  successionStatus: successionStatusLabels,
  exitKind: exitKindLabels,
  sourceCategory: sourceCategoryLabels,
  judgement: judgementLabels,
  trainingKind: trainingKindLabels,
  warningKind: warningKindLabels,
  assessmentYearStatus: assessmentYearStatusLabels,
  campaignYear: campaignYearLabels,
  consequenceKind: consequenceKindLabels,
  consequenceStatus: consequenceStatusLabels,
  careKind: careKindLabels,
  dutyReportAudience: dutyReportAudienceLabels,
  honourKind: honourKindLabels,
  logCheckOutcome: logCheckOutcomeLabels,
  allowanceReason: allowanceReasonLabels,
  disciplineLevel: disciplineLevelLabels,
  disciplineStatus: disciplineStatusLabels,
  findingCategory: findingCategoryLabels,
  findingSeverity: findingSeverityLabels,
  rectificationStatus: rectificationStatusLabels,
  rectificationStep: rectificationStepLabels,
  noticeStatus: noticeStatusLabels,
} as const;

export type EnumName = keyof typeof enumLabels;

/** The message key of an enum value: `app.enum.<enum>.<VALUE>`. */
export function enumKey(name: EnumName, value: string): string {
  return `app.enum.${name}.${value}`;
}

/**
 * The `app.enum.*` messages of one language, generated from the domain labels so that the
 * console and the domain never disagree on a label.
 */
export function enumMessages(lang: 'zh' | 'en'): Record<EnumName, Record<string, string>> {
  const out = {} as Record<EnumName, Record<string, string>>;
  for (const [name, labels] of Object.entries(enumLabels) as [EnumName, Labels<string>][]) {
    out[name] = Object.fromEntries(Object.entries(labels).map(([value, label]) => [value, label[lang]]));
  }
  return out;
}

/** Choices for SelectInput / SelectField: the names are message keys, translated by react-admin. */
export function enumChoices(name: EnumName): { id: string; name: string }[] {
  return enumValues(enumLabels[name] as Labels<string>).map((id) => ({ id, name: enumKey(name, id) }));
}
