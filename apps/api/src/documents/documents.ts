import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { requireViewer, unauthenticated } from '../auth/viewer';
import { attachment, registerHttpRoute, sendError } from '../http/routes';
import { documentDefinition, type DocModel } from './model';
import { PdfUnavailableError, pdfAvailable, renderPdf } from './pdf';
import { renderDocx } from './docx';

const CONTENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** A date given on the model and no signature block that carries it: the date goes bottom right. */
export function withDate(model: DocModel): DocModel {
  if (!model.date || model.blocks.some((b) => b.kind === 'signature')) return model;
  return { ...model, blocks: [...model.blocks, { kind: 'signature', lines: [model.date] }] };
}

/** A file name without characters a file system or a header refuses. */
function safeName(name: string): string {
  const printable = [...name].map((c) => (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f ? '_' : c)).join('');
  return printable.replace(/[\\/:*?"<>|]+/g, '_').trim().slice(0, 120) || 'document';
}

/**
 * `GET /documents/<kind>/<id>.pdf|.docx`: the registered document of a record, for whoever may read
 * it (the definition's `load` throws NOT_FOUND / FORBIDDEN like a resolver; nobody logged in →
 * UNAUTHENTICATED). Without Chromium the PDF answers 503 DOCUMENT_PDF_UNAVAILABLE and Word still works.
 */
registerHttpRoute({
  method: 'GET',
  path: /^\/documents\/([a-z0-9-]{1,64})\/([^/]{1,64})\.(pdf|docx)$/,
  async handle(_req, res, ctx: Context, match) {
    const [, kind, rawId, format] = match as unknown as [string, string, string, 'pdf' | 'docx'];
    if (!ctx.viewer) throw unauthenticated();
    const definition = documentDefinition(kind);
    if (!definition) {
      sendError(res, 404, 'NOT_FOUND', `There is no document of kind ${kind}.`, '没有这种文书');
      return;
    }
    let id: string;
    try {
      id = decodeURIComponent(rawId);
    } catch {
      sendError(res, 404, 'NOT_FOUND', 'Not found.', '未找到该记录');
      return;
    }
    const model = withDate(await definition.load(ctx, id));
    let body: Buffer;
    if (format === 'pdf') {
      try {
        body = await renderPdf(model);
      } catch (error) {
        if (!(error instanceof PdfUnavailableError)) throw error;
        sendError(res, 503, 'DOCUMENT_PDF_UNAVAILABLE', error.message, '本服务器暂不能生成 PDF(未安装 Chromium 浏览器)，请下载 Word 文档后打印');
        return;
      }
    } else {
      body = await renderDocx(model);
    }
    res
      .writeHead(200, {
        'content-type': CONTENT_TYPES[format],
        'content-length': String(body.length),
        'content-disposition': attachment(`${safeName(model.filename)}.${format}`),
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      })
      .end(body);
  },
});

@Resolver()
export class DocumentResolver {
  /** The formats printed documents can be downloaded in here: `docx` always, `pdf` when Chromium is installed. */
  @Query(() => [String])
  documentFormats(@Ctx() ctx: Context): string[] {
    requireViewer(ctx);
    return pdfAvailable() ? ['pdf', 'docx'] : ['docx'];
  }
}
