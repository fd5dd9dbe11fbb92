import type { IncomingMessage, ServerResponse } from 'node:http';
import { DomainError, NotFoundError, Role, type Viewer } from '@liangwei/domain';
import { attachment, registerHttpRoute, sendError } from '../http/routes';
import { assertCan } from '../resource/resource';
import { requireViewer } from '../auth/viewer';
import type { Context } from '../graphql/context';
import { currentActor } from '../db/request-context';
import { violatedConstraint } from '../db/constraints';
import { Unit } from '../org/unit.entity';
import { ImportRun, ImportStatus } from './import-run.entity';
import { advanceProgress, endProgress, progressOf, runningIds, startProgress } from './progress';
import { readRoster, type RosterSheet } from './roster-read';
import { parseRoster, planRoster, storedDigest, type ImportProblem, type ParsedRoster, type PlanResult } from './roster-import';
import { rosterAuditChanges, writeRoster } from './roster-write';
import { EXCEL_LIMITS, WorkbookError } from './workbook-guard';
import { annotatedCopy, rosterTemplate } from './template';
import { exportRequestOf, readJsonBody, streamExport } from './export';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** problems listed in one answer; the count says how many there are in all */
const MAX_PROBLEMS_SHOWN = 1000;

/** The uploaded file, or null when it is over the limit (then 413 has been answered, the rest of the body drained). */
function readUpload(req: IncomingMessage, res: ServerResponse): Promise<Buffer | null> {
  const max = EXCEL_LIMITS.maxUploadBytes;
  const tooLarge = () => {
    req.resume();
    res
      .writeHead(413, { 'content-type': 'application/json', connection: 'close' })
      .end(
        JSON.stringify({
          errors: [{ message: `The file is larger than ${Math.round(max / 1048576)} MB: split it into smaller files.`, extensions: { code: 'PAYLOAD_TOO_LARGE', messageZh: `文件超过 ${Math.round(max / 1048576)} MB，请拆分为较小的文件` } }],
        }),
      );
  };
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > max) {
      tooLarge();
      resolve(null);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > max) {
        done = true;
        chunks.length = 0;
        tooLarge();
        resolve(null);
      } else chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

function sendWorkbookError(res: ServerResponse, error: unknown): boolean {
  if (!(error instanceof WorkbookError)) return false;
  sendError(res, error.status, error.code, error.message, error.messageZh);
  return true;
}

/** A file name as shown to people: its last path segment, without control characters, bounded. */
function fileNameOf(req: IncomingMessage): string {
  const raw = new URL(req.url ?? '/', 'http://x').searchParams.get('fileName') ?? '';
  const name = raw.split(/[\\/]/).pop()!.replace(/\p{Cc}/gu, '').trim().slice(0, 200);
  return name || '花名册.xlsx';
}

/** Who may import: the admin and unit users (FORBIDDEN for the analyst, ROLE-2). */
function assertMayImport(ctx: Context): Viewer {
  const viewer = requireViewer(ctx);
  assertCan(ctx, 'create', 'importRuns', viewer.role === Role.UNIT_USER ? viewer.unitId : undefined);
  return viewer;
}

function problemsBody(result: PlanResult): { problemCount: number; problems: ImportProblem[] } {
  return { problemCount: result.problems.length, problems: result.problems.slice(0, MAX_PROBLEMS_SHOWN) };
}

function runView(run: ImportRun) {
  const live = run.status === ImportStatus.RUNNING ? progressOf(run.id) : undefined;
  const rowsDone = live ? live.done : run.rowsDone;
  return {
    id: run.id,
    fileName: run.fileName,
    status: run.status,
    rowsTotal: run.rowsTotal,
    rowsDone,
    rowsLeft: Math.max(0, run.rowsTotal - rowsDone),
    created: run.created,
    updated: run.updated,
    unchanged: run.unchanged,
    error: run.error ?? null,
    errorZh: run.errorZh ?? null,
  };
}

/**
 * The uploaded roster read and each row checked on its own (the cells are not kept beyond this);
 * null when the file is refused (answered here): not a workbook, or, with `needsRows`, no data rows.
 */
async function parsedRoster(bytes: Buffer, res: ServerResponse, ctx: Context, needsRows: boolean): Promise<ParsedRoster | null> {
  let sheet: RosterSheet;
  try {
    sheet = await readRoster(bytes);
  } catch (error) {
    if (sendWorkbookError(res, error)) return null;
    throw error;
  }
  if (needsRows && sheet.rows.length === 0) {
    sendError(res, 400, 'BAD_USER_INPUT', 'The roster sheet has no data rows.', '花名册中没有数据行');
    return null;
  }
  return parseRoster(sheet, ctx.today);
}

class RefusedRows extends Error {
  constructor(readonly result: PlanResult) {
    super('rows refused');
  }
}

/** What the check hands to the job: the file (should it be planned again) and the check's plan, let go as soon as the job no longer needs them. */
interface Checked {
  bytes: Buffer | null;
  plan: PlanResult | null;
}

/**
 * Runs the import as a job of this process, in two steps. Outside any transaction (other requests
 * run meanwhile), the job reads again, as plain rows in chunks, what the check's plan read of the
 * database: when it is unchanged, the check's plan is the job's; otherwise the file is read and
 * planned again. Then the write: one short transaction of multi-row statements (all rows or none),
 * updates guarded by the versions the plan read, with the ImportRun completed and the import's one
 * audit entry written in the same transaction. The progress is readable while it runs (the reading
 * is the first half of the rows, the write the second); a failure marks the run FAILED.
 */
async function runImport(ctx: Context, viewer: Viewer, run: ImportRun, checked: Checked): Promise<void> {
  const total = run.rowsTotal;
  const half = Math.floor(total / 2);
  startProgress(run.id, total);
  try {
    const em = ctx.em.fork();
    let plan = checked.plan!;
    checked.plan = null;
    if ((await storedDigest(em, plan.keys, viewer)) !== plan.stored) {
      // changed since the check: the rows are decided again against what the database holds now
      const parsed = await parseRoster(await readRoster(checked.bytes!), ctx.today);
      plan = await planRoster(em, parsed, { viewer, write: true, release: true, onProgress: (n) => advanceProgress(run.id, Math.floor(n / 2)) });
      if (plan.problems.length > 0) throw new RefusedRows(plan);
    }
    checked.bytes = null;
    advanceProgress(run.id, half);
    const writes = plan.writes;
    const counts = plan.counts;
    await ctx.em.fork().transactional(async (tem) => {
      await writeRoster(tem, writes, { now: new Date(), onProgress: (written, all) => advanceProgress(run.id, half + Math.floor(((total - half) * written) / all)) });
      const stored = await tem.findOneOrFail(ImportRun, { id: run.id }, { filters: false });
      Object.assign(stored, { status: ImportStatus.SUCCEEDED, rowsDone: total, created: counts.created, updated: counts.updated, unchanged: counts.unchanged, finishedAt: new Date() });
      // the run's completion is flushed with the commit: its audit entry lists what the statements wrote
      const actor = currentActor();
      if (actor) actor.writtenBySql = rosterAuditChanges(writes);
    });
  } catch (error) {
    const actor = currentActor();
    if (actor) actor.writtenBySql = undefined;
    const em = ctx.em.fork();
    const stored = await em.findOne(ImportRun, { id: run.id }, { filters: false });
    if (stored) {
      const refused = error instanceof RefusedRows ? error.result.problems : null;
      // a unique index or the one-holder-per-post constraint: the rule's CONFLICT message, as for a mutation
      const violated = violatedConstraint(error);
      const known = violated ? { message: violated.rule.message, messageZh: violated.rule.messageZh } : (error as { message?: string; messageZh?: string });
      stored.status = ImportStatus.FAILED;
      stored.rowsDone = 0;
      stored.finishedAt = new Date();
      stored.error = refused ? `${refused.length} problem(s), first: row ${refused[0]!.row}: ${refused[0]!.message}` : `The import failed and wrote nothing: ${known.message ?? 'unknown error'}`.slice(0, 2000);
      stored.errorZh = refused ? `共 ${refused.length} 个问题，第一个：第 ${refused[0]!.row} 行 ${refused[0]!.messageZh}` : `导入失败，未写入任何数据${known.messageZh ? `：${known.messageZh}` : ''}`;
      await em.flush();
    }
    if (!(error instanceof RefusedRows) && !(error instanceof DomainError) && !violatedConstraint(error) && process.env.NODE_ENV !== 'test') console.error('Roster import failed:', error);
  } finally {
    endProgress(run.id);
  }
}

async function templateRoute(_req: IncomingMessage, res: ServerResponse, ctx: Context): Promise<void> {
  const viewer = assertMayImport(ctx);
  const unit = viewer.role === Role.UNIT_USER ? await ctx.em.findOne(Unit, { id: viewer.unitId ?? '' }) : null;
  const bytes = await rosterTemplate(unit ? { code: unit.code, name: unit.name, kind: unit.kind } : null, ctx.today);
  res.writeHead(200, { 'content-type': XLSX, 'content-disposition': attachment('花名册导入模板.xlsx'), 'content-length': bytes.length }).end(bytes);
}

/**
 * Whether an import of this process is still running in this database: its run is RUNNING there.
 * A run whose completion has been committed is finished, even before this process has heard back
 * from the commit (a poll of the run can see SUCCEEDED first).
 */
async function anotherImportRunning(ctx: Context): Promise<boolean> {
  const ids = runningIds();
  if (ids.length === 0) return false;
  return (await ctx.em.fork().count(ImportRun, { id: { $in: ids }, status: ImportStatus.RUNNING }, { filters: false })) > 0;
}

async function importRoute(req: IncomingMessage, res: ServerResponse, ctx: Context): Promise<void> {
  const viewer = assertMayImport(ctx);
  const params = new URL(req.url ?? '/', 'http://x').searchParams;
  const dryRun = params.get('dryRun') !== '0';
  const fileName = fileNameOf(req);
  const bytes = await readUpload(req, res);
  if (!bytes) return;
  const parsed = await parsedRoster(bytes, res, ctx, true);
  if (!parsed) return;
  // the check: the same rules as the job, on plain reads (nothing written); for a commit, the job's plan
  const check = await planRoster(ctx.em.fork(), parsed, { viewer, write: !dryRun, release: !dryRun });
  const rowsTotal = parsed.rows.length;
  if (dryRun) {
    sendJson(res, 200, { dryRun: true, ok: check.problems.length === 0, counts: check.counts, ...problemsBody(check) });
    return;
  }
  if (check.problems.length > 0) {
    const first = check.problems[0]!;
    sendJson(res, 400, {
      errors: [{ message: `${check.problems.length} row problem(s); nothing was written. First: row ${first.row}${first.header ? `, ${first.header}` : ''}: ${first.message}`, extensions: { code: 'BAD_USER_INPUT', messageZh: `共 ${check.problems.length} 个问题，未写入任何数据。第一个：第 ${first.row} 行${first.header ? `“${first.header}”` : ''}：${first.messageZh}`, ...problemsBody(check) } }],
    });
    return;
  }
  if (await anotherImportRunning(ctx)) {
    sendError(res, 409, 'CONFLICT', 'Another roster import is running: try again when it has finished.', '另一个花名册导入正在进行，请在其完成后再试');
    return;
  }
  const actor = currentActor();
  if (actor) actor.action = 'importRoster';
  const em = ctx.em.fork();
  const run = Object.assign(new ImportRun(), {
    unit: viewer.role === Role.UNIT_USER ? em.getReference(Unit, viewer.unitId!) : null,
    fileName,
    username: ctx.username ?? '',
    rowsTotal,
  });
  // the row is the job's bookkeeping while it runs (its progress), inserted without an audit entry of
  // its own: the import is audited once, in the entry written when the job succeeds or fails
  await em.insert(run);
  const job = runImport(ctx, viewer, run, { bytes, plan: check });
  if (params.get('wait') === '1') {
    await job;
    const stored = await ctx.em.fork().findOneOrFail(ImportRun, { id: run.id }, { filters: false });
    sendJson(res, stored.status === ImportStatus.SUCCEEDED ? 200 : 409, { importRun: runView(stored), counts: check.counts });
    return;
  }
  sendJson(res, 202, { importRun: runView(run), counts: check.counts });
}

async function annotatedRoute(req: IncomingMessage, res: ServerResponse, ctx: Context): Promise<void> {
  const viewer = assertMayImport(ctx);
  const bytes = await readUpload(req, res);
  if (!bytes) return;
  const parsed = await parsedRoster(bytes, res, ctx, false);
  if (!parsed) return;
  const check = await planRoster(ctx.em.fork(), parsed, { viewer, write: false });
  const copy = await annotatedCopy(bytes, check.problems);
  const name = fileNameOf(req).replace(/\.xlsx$/i, '');
  res.writeHead(200, { 'content-type': XLSX, 'content-disposition': attachment(`${name}-检查结果.xlsx`), 'content-length': copy.length, 'x-problem-count': String(check.problems.length) }).end(copy);
}

async function progressRoute(_req: IncomingMessage, res: ServerResponse, ctx: Context, match: RegExpExecArray): Promise<void> {
  assertCan(ctx, 'show', 'importRuns');
  const id = match[1]!;
  const run = await ctx.em.findOne(ImportRun, { id });
  if (!run) throw new NotFoundError('ImportRun', id, '未找到该导入记录');
  sendJson(res, 200, { importRun: runView(run) });
}

registerHttpRoute({ method: 'GET', path: /^\/excel\/roster-template\.xlsx$/, handle: templateRoute });
// an import holds its slot only while the file is read and checked; the job then runs on its own
registerHttpRoute({ method: 'POST', path: /^\/excel\/roster-import$/, handle: importRoute });
registerHttpRoute({ method: 'POST', path: /^\/excel\/roster-import\/annotated\.xlsx$/, handle: annotatedRoute });
registerHttpRoute({ method: 'GET', path: /^\/excel\/import-runs\/([0-9a-f-]{36})$/, handle: progressRoute });

/** `GET|POST /excel/export/<list-or-report>.xlsx` (parameters in the query string, or as a JSON body for long selections). */
async function exportRoute(req: IncomingMessage, res: ServerResponse, ctx: Context, match: RegExpExecArray): Promise<void> {
  requireViewer(ctx);
  const body = req.method === 'POST' ? await readJsonBody(req) : null;
  const request = exportRequestOf(match[1]!, new URL(req.url ?? '/', 'http://x'), body);
  // loaded when first used: the schema's module lists this module's resources (no import cycle at load)
  const { createSchema } = await import('../graphql/schema.js');
  await streamExport(await createSchema(), ctx, request, res);
}

registerHttpRoute({ method: 'GET', path: /^\/excel\/export\/([A-Za-z]{1,60})\.xlsx$/, handle: exportRoute });
registerHttpRoute({ method: 'POST', path: /^\/excel\/export\/([A-Za-z]{1,60})\.xlsx$/, handle: exportRoute });
