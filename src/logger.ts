import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * Where the log goes (stdout, or a file in the benchmarks): written asynchronously, so no request
 * waits on the terminal or a log collector's pipe, and in batches of about 4 KB (a dozen request
 * lines), or every second when fewer come: one write per line cost an intake ~55 µs of the event
 * loop and a turn of the thread pool that SQLite's statements also use (docs/BENCHMARKS.md
 * "Intake: per-request work"). Lines still queued are written synchronously when the process exits
 * (pino's own exit hook on the destination; src/server.ts exits only after the pool is closed).
 */
export function logDestination(dest: number | string): ReturnType<typeof pino.destination> {
  return pino.destination({ dest, sync: false, minLength: 4096, periodicFlush: 1000 });
}

/** JSON lines (docs above `logDestination`); credentials are redacted wherever they might appear. */
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
  // The destination is the server's own (flushed after start-up), or a test's that reads the log
  // (test/reliability/limits.test.ts); stdout otherwise.
  return pino(options, destination ?? logDestination(1));
}
