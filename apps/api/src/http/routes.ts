import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Context } from '../graphql/context';

/**
 * Plain HTTP routes beside `/graphql`: file downloads (printed documents, Excel exports) and
 * uploads (Excel and `.lrmx` imports). Each module registers its routes here
 * (`registerHttpRoute`); the server matches them before the console's static files and hands
 * them the same request context as a GraphQL request (the viewer from the `Authorization:
 * Bearer` header or an `access_token` query parameter, the unit-scoped EntityManager, the clock),
 * inside the audit's actor context. A route checks the viewer's rights itself (`assertCan`).
 */
export interface HttpRoute {
  method: 'GET' | 'POST';
  /** matched against the URL's path; its groups are handed to `handle` */
  path: RegExp;
  /** whether this route waits for a slot of the execution gate like a GraphQL request (default true); long streaming work may opt out and bound itself */
  gated?: boolean;
  handle(req: IncomingMessage, res: ServerResponse, ctx: Context, match: RegExpExecArray): Promise<void>;
}

const routes: HttpRoute[] = [];

export function registerHttpRoute(route: HttpRoute): void {
  routes.push(route);
}

export function matchHttpRoute(method: string | undefined, path: string): { route: HttpRoute; match: RegExpExecArray } | null {
  for (const route of routes) {
    if (route.method !== method) continue;
    const match = route.path.exec(path);
    if (match) return { route, match };
  }
  return null;
}

/** A JSON error answer in the shape of the GraphQL errors (`extensions.code`, `messageZh`). */
export function sendError(res: ServerResponse, status: number, code: string, message: string, messageZh: string): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message, extensions: { code, messageZh } }] }));
}

/** `attachment; filename*=UTF-8''…` for a (Chinese) file name */
export function attachment(filename: string): string {
  return `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
