import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** JSON lines on stdout. Credentials are redacted wherever they might appear. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'token',
        'password',
        '*.token',
        '*.password',
      ],
      censor: '[redacted]',
    },
  };
  // The destination is for tests that read the log (test/reliability/limits.test.ts); stdout otherwise.
  return destination ? pino(options, destination) : pino(options);
}
