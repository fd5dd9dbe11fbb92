import type { EntityManager } from '@mikro-orm/core';
import type { Viewer } from '@liangwei/domain';
import { User } from '../users/user.entity';
import { UNIT_SCOPE } from '../db/scope';
import { dummyHash, verifyPassword } from './password';
import { FailureLimiter } from './rate-limit';
import { signToken, verifyToken } from './token';
import { unauthenticated } from './viewer';

export interface AuthOptions {
  jwtSecret: string;
  tokenTtlSeconds: number;
  /** failed logins allowed per username and per address within the window */
  maxFailuresPerUser: number;
  maxFailuresPerAddress: number;
  failureWindowMs: number;
}

const WRONG_CREDENTIALS = 'Wrong username or password.';
const WRONG_CREDENTIALS_ZH = '用户名或密码错误';

export class AuthService {
  private readonly perUser: FailureLimiter;
  private readonly perAddress: FailureLimiter;

  constructor(readonly options: AuthOptions) {
    this.perUser = new FailureLimiter(options.maxFailuresPerUser, options.failureWindowMs);
    this.perAddress = new FailureLimiter(options.maxFailuresPerAddress, options.failureWindowMs);
  }

  /**
   * Checks credentials. One message for every failure (unknown user, wrong password, inactive
   * user), the same work done in each case, and failures limited per username and per address.
   */
  async login(em: EntityManager, username: string, password: string, ip: string, now: Date): Promise<{ token: string; user: User }> {
    const userKey = `user:${username.trim().toLowerCase()}`;
    const ipKey = `ip:${ip}`;
    const wait = Math.max(this.perUser.retryAfter(userKey, now.getTime()), this.perAddress.retryAfter(ipKey, now.getTime()));
    if (wait > 0) {
      const minutes = Math.ceil(wait / 60);
      const error = unauthenticated(`Too many failed logins. Try again in ${minutes} minute(s).`, `登录失败次数过多，请 ${minutes} 分钟后再试`);
      error.extensions.retryAfterSeconds = wait;
      throw error;
    }
    const user = await em.findOne(User, { username: username.trim().toLowerCase() }, { filters: { [UNIT_SCOPE]: false }, populate: ['unit'] });
    const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
    if (!user || !ok || !user.active) {
      this.perUser.fail(userKey, now.getTime());
      this.perAddress.fail(ipKey, now.getTime());
      throw unauthenticated(WRONG_CREDENTIALS, WRONG_CREDENTIALS_ZH);
    }
    this.perUser.clear(userKey);
    return { token: signToken(user.id, this.options.jwtSecret, now, this.options.tokenTtlSeconds), user };
  }

  /** The active user a bearer token stands for, or null. */
  async userOf(em: EntityManager, authorization: string | undefined, now: Date): Promise<User | null> {
    const match = /^Bearer\s+(.+)$/i.exec(authorization ?? '');
    if (!match) return null;
    const claims = verifyToken(match[1]!.trim(), this.options.jwtSecret, now);
    if (!claims) return null;
    const user = await em.findOne(User, { id: claims.sub }, { filters: { [UNIT_SCOPE]: false } });
    return user?.active ? user : null;
  }
}

export function viewerOf(user: User | null): Viewer | null {
  if (!user) return null;
  return { role: user.role, unitId: user.unit?.id ?? null, piiGranted: user.piiGranted };
}
