import { createHmac, timingSafeEqual } from 'node:crypto';

/** Minimal JWT (HS256): the API both issues and verifies its tokens, nothing else reads them. */
export interface TokenClaims {
  sub: string;
  /** the user's token version when the token was issued (users.token_version) */
  tv: number;
  iat: number;
  exp: number;
}

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');
const HEADER = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

export function signToken(sub: string, secret: string, now: Date, ttlSeconds: number, tokenVersion = 1): string {
  const iat = Math.floor(now.getTime() / 1000);
  const payload = b64url(JSON.stringify({ sub, tv: tokenVersion, iat, exp: iat + ttlSeconds } satisfies TokenClaims));
  const signature = createHmac('sha256', secret).update(`${HEADER}.${payload}`).digest('base64url');
  return `${HEADER}.${payload}.${signature}`;
}

/** The claims of a valid, unexpired token; null otherwise. */
export function verifyToken(token: string, secret: string, now: Date): TokenClaims | null {
  const [header, payload, signature] = token.split('.');
  if (header !== HEADER || !payload || !signature) return null;
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as TokenClaims;
    if (typeof claims.sub !== 'string' || typeof claims.tv !== 'number' || typeof claims.exp !== 'number' || claims.exp * 1000 <= now.getTime()) return null;
    return claims;
  } catch {
    return null;
  }
}

/**
 * The claims of tokens whose signature has been checked, so that a token used on every request is
 * verified once (the signature cannot change); expiry is still checked on every use. Only valid
 * tokens are kept (only this API can make one), at most `max` of them.
 */
export class VerifiedTokens {
  private readonly claims = new Map<string, TokenClaims>();

  constructor(
    private readonly secret: string,
    private readonly max = 10_000,
  ) {}

  verify(token: string, now: Date): TokenClaims | null {
    let claims = this.claims.get(token);
    if (!claims) {
      claims = verifyToken(token, this.secret, now) ?? undefined;
      if (!claims) return null;
      if (this.claims.size >= this.max) this.claims.clear();
      this.claims.set(token, claims);
    }
    return claims.exp * 1000 > now.getTime() ? claims : null;
  }
}
