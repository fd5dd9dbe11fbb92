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
  /** the section's title in Chinese; by default the title known for its key (`EVIDENCE_TITLES`), else the key */
  title?: string;
  /** the section's items for the cadre (already visible to the viewer) and the year; a bounded number of statements */
  load(ctx: Context, cadre: { id: string; unitId: string }, year: number): Promise<EvidenceItemData[]>;
}

/** TGT-5 the Chinese titles of the sections the product knows, by key (a section may give its own) */
export const EVIDENCE_TITLES: Readonly<Record<string, string>> = {
  duties: '岗位职责(三抓三联《履责全程纪实》)',
  commitments: '任期目标、年度计划与公开承诺',
  findings: '每月督查通报与整改',
  dutyReports: '述职与三评',
  discipline: '问题处理',
  assessment: '千分制考核',
};

/** A section's Chinese title. */
export function evidenceTitle(source: Pick<EvidenceSectionSource, 'key' | 'title'>): string {
  return source.title ?? EVIDENCE_TITLES[source.key] ?? source.key;
}

const sections: EvidenceSectionSource[] = [];

export function registerEvidenceSection(source: EvidenceSectionSource): void {
  if (!sections.some((s) => s.key === source.key)) sections.push(source);
  sections.sort((a, b) => a.order - b.order);
}

export function evidenceSections(): readonly EvidenceSectionSource[] {
  return sections;
}
