import type { EntityManager } from '@mikro-orm/core';
import type { Role, Viewer } from '@liangwei/domain';
import { User } from '../users/user.entity';
import { UNIT_SCOPE } from '../db/scope';
import { dummyHash, verifyPassword } from './password';
import { LoginThrottleStore } from './login-throttle';
import { signToken, VerifiedTokens } from './token';
import { unauthenticated } from './viewer';
import { runBound } from '../common/sql';
import { TokenUserCache, trackTokenUserCache, type TokenUser } from './token-users';

export type { TokenUser } from './token-users';

export interface AuthOptions {
  jwtSecret: string;
  tokenTtlSeconds: number;
  /** login attempts admitted without delay per username at one address, and per address */
  maxFailuresPerUser: number;
  maxFailuresPerAddress: number;
  /** a count is forgotten after this long without an attempt (at least `maxDelayMs`) */
  failureWindowMs: number;
  /** the first delay once a key has used its attempts; each further attempt doubles it, up to `maxDelayMs` */
  baseDelayMs: number;
  maxDelayMs: number;
  /** how long a token's user, once read, is trusted without reading it again (default 2000 ms; 0: every request) */
  tokenUserCacheMs?: number;
  /** called just before a password is compared (tests count how many were) */
  onPasswordCheck?: (username: string) => void;
}

const WRONG_CREDENTIALS = 'Wrong username or password.';
const WRONG_CREDENTIALS_ZH = '用户名或密码错误';

export function normalUsername(username: string): string {
  return username.trim().toLowerCase();
}

export class AuthService {
  readonly throttle: LoginThrottleStore;
  readonly users: TokenUserCache;
  private readonly tokens: VerifiedTokens;
  private readonly untrack: () => void;

  constructor(readonly options: AuthOptions) {
    this.users = new TokenUserCache(options.tokenUserCacheMs ?? 2000);
    this.tokens = new VerifiedTokens(options.jwtSecret);
    this.untrack = trackTokenUserCache(this.users);
    this.throttle = new LoginThrottleStore({
      perUser: options.maxFailuresPerUser,
      perAddress: options.maxFailuresPerAddress,
      windowMs: options.failureWindowMs,
      baseDelayMs: options.baseDelayMs,
      maxDelayMs: options.maxDelayMs,
    });
  }

  /**
   * Checks credentials. The attempt is counted in the database before anything else; a refused
   * attempt checks no password. One message for every failure (unknown user, wrong password,
   * inactive user), with the same work done in each case.
   */
  async login(em: EntityManager, username: string, password: string, ip: string, now: Date): Promise<{ token: string; user: User }> {
    const name = normalUsername(username);
    const admission = await this.throttle.admit(em, name, ip, now);
    if (!admission.admitted) {
      const wait = admission.retryAfterSeconds;
      const minutes = Math.ceil(wait / 60);
      const error = unauthenticated(`Too many failed logins. Try again in ${minutes} minute(s).`, `登录失败次数过多，请 ${minutes} 分钟后再试`);
      error.extensions.retryAfterSeconds = wait;
      throw error;
    }
    const user = await em.findOne(User, { username: name }, { filters: { [UNIT_SCOPE]: false }, populate: ['unit'] });
    this.options.onPasswordCheck?.(name);
    const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
    if (!user || !ok || !user.active) throw unauthenticated(WRONG_CREDENTIALS, WRONG_CREDENTIALS_ZH);
    await this.throttle.succeeded(em, admission);
    return { token: signToken(user.id, this.options.jwtSecret, now, this.options.tokenTtlSeconds, user.tokenVersion), user };
  }

  /**
   * The active user a bearer token stands for, or null; a token from before the user's last token
   * version change is refused. Read on every request as one plain row (no entity, no identity map).
   */
  async userOf(em: EntityManager, authorization: string | undefined, now: Date): Promise<TokenUser | null> {
    const match = /^Bearer\s+(.+)$/i.exec(authorization ?? '');
    if (!match) return null;
    const claims = this.tokens.verify(match[1]!.trim(), now);
    if (!claims) return null;
    const key = `${claims.sub}:${claims.tv}`;
    const at = performance.now();
    const cached = this.users.get(key, at);
    if (cached !== undefined) return cached;
    const rows = await runBound<{ username: string; role: Role; unit_id: string | null; pii_granted: unknown; active: unknown; token_version: number }>(em, TOKEN_USER_SQL, [claims.sub], { prepare: true });
    const row = rows[0];
    const user = !row || !truthy(row.active) || Number(row.token_version) !== claims.tv ? null : { id: claims.sub, username: row.username, role: row.role, unitId: row.unit_id ?? null, piiGranted: truthy(row.pii_granted) };
    this.users.set(key, user, at);
    return user;
  }

  /** Stops tracking user changes for this service's cache (the app is closing). */
  close(): void {
    this.untrack();
  }
}

const TOKEN_USER_SQL = 'select username, role, unit_id, pii_granted, active, token_version from app_user where id = ?';

/** A boolean column's value on either database (PostgreSQL: true/false; SQLite: 1/0). */
function truthy(value: unknown): boolean {
  return value === true || value === 1 || value === '1' || value === 't';
}

export function viewerOf(user: TokenUser | null): Viewer | null {
  if (!user) return null;
  return { role: user.role, unitId: user.unitId, piiGranted: user.piiGranted };
}
