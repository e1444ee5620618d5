import { createHash, randomBytes } from 'node:crypto';

const TOKEN_PREFIX = 'hcfl_';

/** A new bearer token: 32 random bytes, prefixed so that leaked tokens are easy to recognise. */
export function generateToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

/** Tokens carry 256 bits of entropy, so one fast hash is enough; a slow KDF would only add latency. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function looksLikeToken(value: string): boolean {
  return value.startsWith(TOKEN_PREFIX) && value.length > TOKEN_PREFIX.length + 20 && value.length < 200;
}
