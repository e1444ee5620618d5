import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * JSON lines on stdout, written asynchronously: a request's log line is queued and written when
 * stdout is ready, so no request waits on the terminal or a log collector's pipe. Lines still
 * queued are written synchronously when the process exits (pino's own exit hook on the
 * destination; src/server.ts exits only after the pool is closed). Credentials are redacted
 * wherever they might appear.
 */
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
  return pino(options, destination ?? pino.destination({ dest: 1, sync: false }));
}
