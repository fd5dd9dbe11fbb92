import type { IncomingMessage } from 'node:http';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { attachment, registerHttpRoute, sendError } from '../http/routes';
import { documentDefinition } from '../documents/model';
import type { Context } from '../graphql/context';
import { requireViewer } from '../auth/viewer';
import { appointmentFormData } from './form-data';
import { lrmxXml } from './lrmx';
import { ImportRefusal, LRMX_IMPORT_LIMITS, importLrmx } from './lrmx-import';

@Resolver()
export class LrmxResolver {
  /** The cadre's appointment form as .lrmx XML; the ID number masked as the viewer sees it elsewhere (ROLE-2). */
  @Query(() => String, { description: "the cadre's appointment form (任免审批表) as .lrmx XML (root <Person>); the ID number as the viewer sees it (ROLE-2)" })
  async cadreLrmx(@Arg('cadreId', () => ID) cadreId: string, @Ctx() ctx: Context): Promise<string> {
    return lrmxXml(await appointmentFormData(ctx, cadreId));
  }
}

/** The upload's bytes, or null when it is larger than allowed. */
function readUpload(req: IncomingMessage, max: number): Promise<Uint8Array | null> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > max) {
      resolve(null);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) over = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

// GET /lrmx/<cadreId>.lrmx: the file itself
registerHttpRoute({
  method: 'GET',
  path: /^\/lrmx\/([^/]+)\.lrmx$/,
  async handle(_req, res, ctx, match) {
    const data = await appointmentFormData(ctx, decodeURIComponent(match[1]!));
    const xml = lrmxXml(data);
    res.writeHead(200, { 'content-type': 'application/xml; charset=utf-8', 'content-disposition': attachment(`${data.cadre.name}.lrmx`) }).end(xml);
  },
});

// POST /lrmx/import: the body is one .lrmx file or a .zip of several; the file name in `X-File-Name` (URI-encoded) or `?name=`
registerHttpRoute({
  method: 'POST',
  path: /^\/lrmx\/import$/,
  async handle(req, res, ctx) {
    requireViewer(ctx);
    const data = await readUpload(req, LRMX_IMPORT_LIMITS.uploadBytes);
    if (!data) {
      req.resume();
      sendError(res, 413, 'PAYLOAD_TOO_LARGE', `The upload is larger than ${LRMX_IMPORT_LIMITS.uploadBytes / 1024 / 1024} MB.`, `上传的文件超过 ${LRMX_IMPORT_LIMITS.uploadBytes / 1024 / 1024} MB`);
      return;
    }
    if (data.length === 0) {
      sendError(res, 400, 'BAD_USER_INPUT', 'No file was uploaded.', '没有上传文件');
      return;
    }
    const header = req.headers['x-file-name'];
    const query = new URL(req.url ?? '/', 'http://x').searchParams.get('name');
    let fileName = 'upload.lrmx';
    try {
      fileName = decodeURIComponent(String(Array.isArray(header) ? header[0] : (header ?? query ?? fileName))).slice(0, 200);
    } catch {
      // keep the default name
    }
    try {
      const files = await importLrmx(ctx, fileName, data);
      const imported = files.filter((f) => f.ok).length;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ imported, failed: files.length - imported, files }));
    } catch (error) {
      if (!(error instanceof ImportRefusal)) throw error;
      sendError(res, 400, 'BAD_USER_INPUT', 'The archive was refused.', error.messageZh);
    }
  },
});

// GET /documents/<appointment-form|unit-dossier>/<id>.json: the document's model (its text and cells), as the renderers get it
registerHttpRoute({
  method: 'GET',
  path: /^\/documents\/(appointment-form|unit-dossier)\/([^/]+)\.json$/,
  async handle(_req, res, ctx, match) {
    const definition = documentDefinition(match[1]!);
    if (!definition) {
      sendError(res, 404, 'NOT_FOUND', 'No such document.', '没有这种文书');
      return;
    }
    const model = await definition.load(ctx, decodeURIComponent(match[2]!));
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(model));
  },
});
