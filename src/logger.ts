import { pino, type Logger } from 'pino';

export type { Logger };

/** JSON lines on stdout. Credentials are redacted wherever they might appear. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'token', 'password', '*.token', '*.password'],
      censor: '[redacted]',
    },
  });
}
