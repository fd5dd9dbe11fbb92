import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';

export interface Config {
  /** `postgres://…` for PostgreSQL, otherwise a SQLite file path */
  databaseUrl: string;
  port: number;
  host: string;
  jwtSecret: string;
  /** creates `admin` (SUBDISTRICT_ADMIN) when the database has no users */
  adminPassword: string | null;
  /** load the demo data into an empty database */
  seedDemo: boolean;
  demoPassword: string;
  /** serve the built console from this folder at `/` */
  consoleDir: string | null;
  /**
   * The client's address (login throttling) is the socket's; with `trustProxy` — only behind one
   * reverse proxy that appends the client to X-Forwarded-For — it is that header's last entry.
   */
  trustProxy?: boolean;
}

export const REPO_ROOT = resolve(__dirname, '../../..');
export const DEFAULT_DATABASE = resolve(REPO_ROOT, 'data/liangwei.sqlite');
export const DEFAULT_CONSOLE_DIR = resolve(REPO_ROOT, 'apps/admin/dist');
export const DEFAULT_DEMO_PASSWORD = 'demo2026';

export function configFromEnv(env: NodeJS.ProcessEnv, argv: string[]): Config {
  const serveConsole = argv.includes('--serve-console');
  let jwtSecret = env.JWT_SECRET ?? '';
  if (!jwtSecret) {
    jwtSecret = randomBytes(32).toString('hex');
    console.warn('JWT_SECRET is not set: using a random one, so logins end when the API restarts.');
  }
  return {
    databaseUrl: env.DATABASE_URL || DEFAULT_DATABASE,
    port: Number(env.PORT ?? 4000),
    host: env.HOST ?? '0.0.0.0',
    jwtSecret,
    adminPassword: env.ADMIN_PASSWORD || null,
    seedDemo: (env.SEED_DEMO ?? (serveConsole ? '1' : '0')) === '1',
    demoPassword: env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD,
    consoleDir: serveConsole ? env.CONSOLE_DIR || DEFAULT_CONSOLE_DIR : env.CONSOLE_DIR || null,
    trustProxy: env.TRUST_PROXY === '1',
  };
}
