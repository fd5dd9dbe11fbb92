import type { Context } from '../graphql/context';

/**
 * One document mechanism for everything printed: a module describes its document as a
 * `DocModel` (title, number, date, body blocks) and registers it under a kind
 * (`registerDocument`); the renderers turn any model into PDF (official layout, Chinese fonts) and
 * Word (.docx). `GET /documents/<kind>/<id>.pdf|.docx` serves them to whoever may read the record.
 */
export type DocCell = string | { text: string; colSpan?: number; rowSpan?: number; bold?: boolean; align?: 'left' | 'center' | 'right' };

export type DocBlock =
  /** a section heading (黑体) */
  | { kind: 'heading'; text: string }
  /** body text (仿宋), first line indented two characters unless `indent: false` */
  | { kind: 'paragraph'; text: string; align?: 'left' | 'center' | 'right'; indent?: boolean; bold?: boolean }
  /** a ruled table; `widths` are relative column widths */
  | { kind: 'table'; header?: DocCell[]; rows: DocCell[][]; widths?: number[] }
  /** the issuer and date at the bottom right */
  | { kind: 'signature'; lines: string[] }
  | { kind: 'pageBreak' };

export interface DocModel {
  /** the title (方正小标宋/宋体, large, centred) */
  title: string;
  /** the document number under the title, e.g. 〔2026〕第11期 */
  docNumber?: string;
  /** the issuing body above the title (red header line), e.g. 某某街道党工委 */
  issuer?: string;
  /** the date in Chinese, e.g. 2026年11月30日 */
  date?: string;
  blocks: DocBlock[];
  /** the download's file name without extension */
  filename: string;
  landscape?: boolean;
}

export interface DocumentDefinition {
  /** the URL segment: `/documents/<kind>/<id>` */
  kind: string;
  /** builds the model for the record; throws the named NOT_FOUND / FORBIDDEN errors like a resolver */
  load(ctx: Context, id: string): Promise<DocModel>;
}

const definitions = new Map<string, DocumentDefinition>();

export function registerDocument(definition: DocumentDefinition): void {
  definitions.set(definition.kind, definition);
}

export function documentDefinition(kind: string): DocumentDefinition | undefined {
  return definitions.get(kind);
}

export function documentKinds(): string[] {
  return [...definitions.keys()];
}
