import type { IsoDate } from '@liangwei/domain';
import type { Context } from '../graphql/context';

/**
 * TGT-5 The evidence for judging a cadre's year, gathered in one place (`cadreEvidence`). Each
 * module that holds evidence registers a section (`registerEvidenceSection`): duties and
 * commitments, the months' findings and rectifications, duty reports and 三评, discipline cases,
 * the thousand-point result. The query and the console page do not change when a section is added.
 */
export interface EvidenceItemData {
  date: IsoDate | null;
  /** what it is, in Chinese (e.g. 2026年3月督查：值班记录不全) */
  title: string;
  detail: string | null;
  /** the state in words (已整改 / 逾期 / 完成 …), never a code */
  status: string | null;
}

export interface EvidenceSectionSource {
  /** stable key; the console labels the section by it (zh-CN and English) */
  key: string;
  /** position on the page, ascending */
  order: number;
  /** the section's items for the cadre (already visible to the viewer) and the year; a bounded number of statements */
  load(ctx: Context, cadre: { id: string; unitId: string }, year: number): Promise<EvidenceItemData[]>;
}

const sections: EvidenceSectionSource[] = [];

export function registerEvidenceSection(source: EvidenceSectionSource): void {
  if (!sections.some((s) => s.key === source.key)) sections.push(source);
  sections.sort((a, b) => a.order - b.order);
}

export function evidenceSections(): readonly EvidenceSectionSource[] {
  return sections;
}
