import type { ClassType } from 'type-graphql';
import { DocumentResolver } from './documents';

/** Printed documents: the download route (registered on import) and the formats query. */
export const documentResolvers: ClassType[] = [DocumentResolver];
export { registerDocument, documentDefinition, documentKinds, type DocModel, type DocBlock, type DocCell } from './model';
export { renderHtml } from './html';
export { renderPdf, closeDocumentBrowser, pdfAvailable } from './pdf';
export { renderDocx } from './docx';
