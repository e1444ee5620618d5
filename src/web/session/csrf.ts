import type { Request } from 'express';
import { csrfSync } from 'csrf-sync';

/**
 * CSRF protection on every form (synchroniser token pattern): one token per session, kept in the
 * session and sent back by each form as the hidden field `_csrf`. GET and HEAD are never checked,
 * so pages must not change anything on GET.
 */
export const { csrfSynchronisedProtection, generateToken } = csrfSync({
  getTokenFromRequest: (req: Request) => {
    const body = req.body as Record<string, unknown> | undefined;
    return typeof body?._csrf === 'string' ? body._csrf : undefined;
  },
  errorConfig: { statusCode: 403, message: 'invalid csrf token', code: 'EBADCSRFTOKEN' },
});

export function isCsrfError(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === 'EBADCSRFTOKEN';
}
