import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/core';
import { isoDateOf } from '@liangwei/domain';
import { databaseKind, openDatabase } from './db/orm';
import { scopeToViewer, unitScopedEntities } from './db/scope';
import { actorStorage, type Actor } from './db/request-context';
import { createSchema } from './graphql/schema';
import { formatError } from './graphql/errors';
import { CompiledQueries, compiledExecutorGateway } from './graphql/compiled-executor';
import { DirectQueries } from './graphql/direct-queries';
import { InputBounds, inputBoundsPlugin } from './graphql/input-bounds';
import { EntityLoaders } from './graphql/loaders';
import type { Context } from './graphql/context';
import { AuthService, viewerOf, type AuthOptions } from './auth/auth.service';
import { listenForUserChanges } from './auth/token-users';
import { serveStatic } from './http/static';
import { matchHttpRoute, type HttpRoute } from './http/routes';
import { bootstrapData } from './demo/bootstrap';
import type { Config } from './config';
import { limitsFromEnv, withLimits, type Limits } from './limits/limits.config';
import { abandonRequest, DocumentLimits, isPastTimeLimit, isTimeLimited, limitValidationRules, OperationCosts, queryLimitsPlugin } from './limits/query-limits';
import { ExecutionGate } from './limits/execution-gate';
import { OVERLOADED_BODY, TIMEOUT_BODY, TOO_LARGE_BODY } from './limits/limit-errors';

export interface AppOptions extends Config {
  /** the clock, read once per request (tests fix it) */
  clock?: () => Date;
  auth?: Partial<AuthOptions>;
  /** false switches the unit scope off: only for the authorization test's control run */
  unitScope?: boolean;
  log?: (message: string) => void;
  /** request limits over the defaults and `LIMIT_*` variables (src/limits/limits.config.ts) */
  limits?: Partial<Limits>;
}

export interface App {
  orm: MikroORM;
  server: Server;
  url: string;
  close(): Promise<void>;
}

/**
 * The request body as text, or null when it is over `max` bytes (declared or sent): reading stops
 * counting at once and nothing more is kept; what is still in flight is discarded.
 */
function readBody(req: IncomingMessage, max: number): Promise<string | null> {
  return new Promise((resolveBody, rejectBody) => {
    if (Number(req.headers['content-length'] ?? 0) > max) {
      resolveBody(null);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        stop();
        resolveBody(null);
      } else chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolveBody(Buffer.concat(chunks).toString('utf8'));
    };
    const onError = (error: Error) => {
      stop();
      rejectBody(error);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

/**
 * 413 with a JSON body, and the connection closed after it (`Connection: close`): the rest of the
 * body is not read into memory, only drained until the client has had the answer.
 */
function refuseTooLarge(req: IncomingMessage, res: ServerResponse): void {
  req.resume();
  res.writeHead(413, { 'content-type': 'application/json', connection: 'close' }).end(TOO_LARGE_BODY);
}

const TIMED_OUT = Symbol('timed out');

function withinTime<T>(work: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  if (ms <= 0) return work;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolveTimeout) => {
    timer = setTimeout(() => resolveTimeout(TIMED_OUT), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** The request's headers as Apollo takes them. */
function headerMapOf(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const header = req.headers['x-forwarded-for'];
    const entries = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((e) => e.trim()).filter(Boolean);
    if (entries.length > 0) return entries.at(-1)!;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

const HTTP_STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, SERVICE_OVERLOADED: 503, QUERY_TIMEOUT: 503 };

/** Opens the database (applying migrations), bootstraps users/demo data and starts the HTTP server. */
export async function createApp(options: AppOptions): Promise<App> {
  const log = options.log ?? ((m: string) => console.log(m));
  const clock = options.clock ?? (() => new Date());
  const limits = withLimits(limitsFromEnv(process.env), options.limits);
  // PostgreSQL cancels any statement running longer than this (mapped to QUERY_TIMEOUT), and runs
  // each statement with at most this many extra processes
  const sessionSettings =
    databaseKind(options.databaseUrl) === 'postgres'
      ? { driverOptions: { connection: { ...(limits.statementTimeoutMs > 0 ? { statement_timeout: limits.statementTimeoutMs } : {}), options: `-c max_parallel_workers_per_gather=${Math.max(0, Math.floor(limits.parallelWorkersPerStatement))}` } } }
      : {};
  const orm = await openDatabase(options.databaseUrl, sessionSettings);
  await bootstrapData(orm, options, clock(), log);
  const scoped = unitScopedEntities(orm);
  const auth = new AuthService({
    jwtSecret: options.jwtSecret,
    tokenTtlSeconds: 8 * 3600,
    maxFailuresPerUser: 5,
    maxFailuresPerAddress: 30,
    failureWindowMs: 60 * 60_000,
    baseDelayMs: 60_000,
    maxDelayMs: 30 * 60_000,
    ...options.auth,
  });
  const stopListening = await listenForUserChanges(orm, auth.users, log);
  const schema = await createSchema();
  const documentLimits = new DocumentLimits(schema, limits);
  // queries run compiled (graphql-jit), straight from the handler once prepared (DirectQueries);
  // GRAPHQL_EXECUTOR=graphql-js runs every operation through Apollo, field by field, for comparison
  const compiled = process.env.GRAPHQL_EXECUTOR === 'graphql-js' ? null : new CompiledQueries(schema);
  const costs = new OperationCosts(limits);
  const bounds = new InputBounds();
  const directQueries = compiled ? new DirectQueries(schema, limits, limitValidationRules(limits), costs, bounds, compiled) : null;
  const apollo = new ApolloServer<Context>({
    ...(compiled ? { gateway: compiledExecutorGateway(schema, compiled) } : { schema }),
    formatError,
    includeStacktraceInErrorResponses: false,
    // per viewer: queryLimitsPlugin refuses it to anonymous callers
    introspection: true,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [...limitValidationRules(limits)],
    plugins: [
      queryLimitsPlugin(limits, costs),
      inputBoundsPlugin(bounds),
      // Apollo installs these by default when it can; each instruments every resolved field of every row
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
    ],
  });
  await apollo.start();
  const gate = new ExecutionGate(limits.maxConcurrent, limits.maxQueue, limits.maxQueueWaitMs);

  /** The request's context: its own unit-scoped EntityManager, the token's viewer, the clock read once; the audit's actor filled in. */
  async function contextOf(req: IncomingMessage, actor: Actor, authorization: string | undefined): Promise<Context> {
    const now = clock();
    const em = orm.em.fork();
    const user = await auth.userOf(em, authorization, now);
    const viewer = viewerOf(user);
    if (options.unitScope !== false) scopeToViewer(em, scoped, viewer);
    actor.now = now;
    actor.userId = user?.id ?? null;
    actor.username = user?.username ?? 'anonymous';
    return { em, viewer, userId: user?.id ?? null, username: user?.username ?? null, now, today: isoDateOf(now), ip: clientAddress(req, options.trustProxy === true), loaders: new EntityLoaders(em), auth };
  }

  /** A registered plain HTTP route (downloads, uploads): the same context as GraphQL; the token may also come as `access_token` (a link the browser opens). */
  async function httpRoute(req: IncomingMessage, res: ServerResponse, actor: Actor, route: HttpRoute, match: RegExpExecArray): Promise<void> {
    const release = route.gated === false ? () => undefined : await gate.acquire();
    if (!release) {
      res.writeHead(503, { 'content-type': 'application/json', 'retry-after': String(limits.retryAfterSeconds) }).end(OVERLOADED_BODY);
      return;
    }
    try {
      const token = new URL(req.url ?? '/', 'http://x').searchParams.get('access_token');
      const context = await contextOf(req, actor, req.headers.authorization ?? (token ? `Bearer ${token}` : undefined));
      await route.handle(req, res, context, match);
    } catch (error) {
      const formatted = formatError({ message: error instanceof Error ? error.message : String(error) }, error);
      const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
      if (code === 'INTERNAL_SERVER_ERROR') console.error(error);
      const status = HTTP_STATUS[code] ?? (code === 'INTERNAL_SERVER_ERROR' ? 500 : 400);
      if (res.headersSent) res.destroy();
      else res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [formatted] }));
    } finally {
      release();
    }
  }

  async function graphql(req: IncomingMessage, res: ServerResponse, actor: Actor): Promise<void> {
    const body = req.method === 'POST' ? await readBody(req, limits.maxBodyBytes) : '';
    if (body === null) {
      refuseTooLarge(req, res);
      return;
    }
    let parsed: unknown = body;
    if (body && (req.headers['content-type'] ?? '').includes('application/json')) {
      try {
        parsed = JSON.parse(body);
      } catch {
        res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: 'Malformed JSON', extensions: { code: 'BAD_REQUEST', messageZh: '请求内容不是有效的 JSON' } }] }));
        return;
      }
    }
    const source = req.method === 'GET' ? new URL(req.url ?? '/', 'http://x').searchParams.get('query') : (parsed as { query?: unknown } | null)?.query;
    const refusal = typeof source === 'string' && !directQueries?.knows(source, (parsed as { operationName?: unknown } | null)?.operationName) ? documentLimits.check(source) : null;
    if (refusal) {
      res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: refusal.message, extensions: { code: refusal.extensions.code, messageZh: refusal.extensions.messageZh } }] }));
      return;
    }
    const release = await gate.acquire();
    if (!release) {
      res.writeHead(503, { 'content-type': 'application/json', 'retry-after': String(limits.retryAfterSeconds) }).end(OVERLOADED_BODY);
      return;
    }
    // The slot is held until the answer is sent and the execution has really ended (a query
    // answered QUERY_TIMEOUT may still be unwinding), whatever happens in between.
    let execution: Promise<unknown> = Promise.resolve();
    res.once('close', () => void execution.then(release, release));
    const context = await contextOf(req, actor, req.headers.authorization);
    const throughApollo = () =>
      apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers: headerMapOf(req), search: new URL(req.url ?? '/', 'http://x').search, body: parsed },
        context: async () => context,
      });
    const direct = directQueries?.runner(req.method, req.headers, parsed, context);
    const running = direct ? direct().then((answer) => answer ?? throughApollo()) : throughApollo();
    execution = running;
    let result = await withinTime(running, limits.requestTimeoutMs);
    if (result === TIMED_OUT && !isTimeLimited(context)) result = await running;
    if (result === TIMED_OUT || isPastTimeLimit(context)) {
      abandonRequest(context);
      res.writeHead(503, { 'content-type': 'application/json' }).end(TIMEOUT_BODY);
      return;
    }
    for (const [key, value] of result.headers) res.setHeader(key, value);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      // with its length the answer goes out in one write, headers and body together (no chunked encoding)
      res.setHeader('content-length', Buffer.byteLength(result.body.string));
      res.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    let route: ReturnType<typeof matchHttpRoute> = null;
    const handle = async () => {
      if (path === '/healthz') {
        try {
          await orm.em.fork().getConnection().execute('select 1');
          res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
        } catch {
          res.writeHead(503, { 'content-type': 'application/json' }).end('{"status":"database unreachable"}');
        }
      } else if (path === '/graphql') {
        const actor: Actor = { userId: null, username: 'anonymous' };
        await actorStorage.run(actor, () => graphql(req, res, actor));
      } else if ((route = matchHttpRoute(req.method, path))) {
        const actor: Actor = { userId: null, username: 'anonymous' };
        const { route: matched, match } = route;
        await actorStorage.run(actor, () => httpRoute(req, res, actor, matched, match));
      } else if (options.consoleDir && (req.method === 'GET' || req.method === 'HEAD')) {
        await serveStatic(options.consoleDir, req, res);
      } else {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      }
    };
    handle().catch((error: { status?: number }) => {
      if (!res.headersSent) res.writeHead(error.status ?? 500, { 'content-type': 'text/plain' });
      res.end(error.status ? 'Request rejected' : 'Internal server error');
      if (!error.status) console.error(error);
    });
  });
  await new Promise<void>((resolveListen) => server.listen(options.port, options.host, resolveListen));
  const { port } = server.address() as AddressInfo;
  const url = `http://localhost:${port}`;
  return {
    orm,
    server,
    url,
    async close() {
      await new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      });
      await apollo.stop();
      auth.close();
      await stopListening();
      await orm.close(true);
    },
  };
}
