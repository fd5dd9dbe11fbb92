import { useGetList } from 'react-admin';
import { thisYear } from '../common/today';

export interface AssessmentYearRecord {
  id: string;
  year: number;
  status: 'DRAFT' | 'PUBLISHED';
  campaignYear?: string | null;
  catalogueTotal: number;
  publishedAt?: string | null;
  reopenCount: number;
  lastReopenReason?: string | null;
  version: number;
}

/**
 * ASM-5 The assessment years the viewer sees (a unit user: published ones only), latest first,
 * with the latest published year: the default of the ranking, awards and consequence pages.
 */
export function useAssessmentYears() {
  const { data, isPending } = useGetList<AssessmentYearRecord>('assessmentYears', { pagination: { page: 1, perPage: 200 }, sort: { field: 'year', order: 'DESC' } });
  const years = data ?? [];
  const latestPublished = years.find((y) => y.status === 'PUBLISHED')?.year ?? null;
  return {
    years,
    isPending,
    latestPublished,
    /** the year a page opens on: the latest published one, else the latest, else last year */
    defaultYear: latestPublished ?? years[0]?.year ?? thisYear() - 1,
    byYear: (year: number) => years.find((y) => y.year === year),
  };
}

/** Year choices of a select, latest first. */
export function yearChoices(years: readonly { year: number }[]): { id: number; name: string }[] {
  return years.map((y) => ({ id: y.year, name: String(y.year) }));
}
