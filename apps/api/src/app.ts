import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/core';
import { isoDateOf } from '@liangwei/domain';
import { openDatabase } from './db/orm';
import { scopeToViewer, unitScopedEntities } from './db/scope';
import { actorStorage, type Actor } from './db/request-context';
import { createSchema } from './graphql/schema';
import { formatError } from './graphql/errors';
import { inputBoundsPlugin } from './graphql/input-bounds';
import { EntityLoaders } from './graphql/loaders';
import type { Context } from './graphql/context';
import { AuthService, viewerOf, type AuthOptions } from './auth/auth.service';
import { serveStatic } from './http/static';
import { bootstrapData } from './demo/bootstrap';
import type { Config } from './config';

export interface AppOptions extends Config {
  /** the clock, read once per request (tests fix it) */
  clock?: () => Date;
  auth?: Partial<AuthOptions>;
  /** false switches the unit scope off: only for the authorization test's control run */
  unitScope?: boolean;
  log?: (message: string) => void;
}

export interface App {
  orm: MikroORM;
  server: Server;
  url: string;
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw Object.assign(new Error('Request body too large'), { status: 413 });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function clientAddress(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}

/** Opens the database (applying migrations), bootstraps users/demo data and starts the HTTP server. */
export async function createApp(options: AppOptions): Promise<App> {
  const log = options.log ?? ((m: string) => console.log(m));
  const clock = options.clock ?? (() => new Date());
  const orm = await openDatabase(options.databaseUrl);
  await bootstrapData(orm, options, clock(), log);
  const scoped = unitScopedEntities(orm);
  const auth = new AuthService({
    jwtSecret: options.jwtSecret,
    tokenTtlSeconds: 8 * 3600,
    maxFailuresPerUser: 5,
    maxFailuresPerAddress: 30,
    failureWindowMs: 15 * 60_000,
    ...options.auth,
  });
  const apollo = new ApolloServer<Context>({
    schema: await createSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    plugins: [inputBoundsPlugin()],
  });
  await apollo.start();

  async function graphql(req: IncomingMessage, res: ServerResponse, actor: Actor): Promise<void> {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const body = req.method === 'POST' ? await readBody(req) : '';
    let parsed: unknown = body;
    if (body && (headers.get('content-type') ?? '').includes('application/json')) {
      try {
        parsed = JSON.parse(body);
      } catch {
        res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: 'Malformed JSON', extensions: { code: 'BAD_REQUEST', messageZh: '请求内容不是有效的 JSON' } }] }));
        return;
      }
    }
    const now = clock();
    const em = orm.em.fork();
    const user = await auth.userOf(em, req.headers.authorization, now);
    const viewer = viewerOf(user);
    if (options.unitScope !== false) scopeToViewer(em, scoped, viewer);
    actor.now = now;
    actor.userId = user?.id ?? null;
    actor.username = user?.username ?? 'anonymous';
    const context: Context = { em, viewer, userId: user?.id ?? null, username: user?.username ?? null, now, today: isoDateOf(now), ip: clientAddress(req), loaders: new EntityLoaders(em), auth };
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: new URL(req.url ?? '/', 'http://x').search, body: parsed },
      context: async () => context,
    });
    for (const [key, value] of result.headers) res.setHeader(key, value);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
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
      await orm.close(true);
    },
  };
}
