import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import { loadConfig, startupWarnings } from './config';
import { connect } from './db/connect';
import { scheduledJobs } from './jobs';
import { startScheduler } from './jobs/scheduler';
import { tuneHeap } from './heap';
import { createLogger, logDestination } from './logger';
import { buildServices } from './services';
import { prepareDatabase, type DemoCredential } from './startup';
import { clockFromConfig } from './test-hooks';

async function main(): Promise<void> {
  tuneHeap();
  const config = loadConfig();
  const logLines = logDestination(1);
  const logger = createLogger(config.logLevel, logLines);
  for (const warning of startupWarnings(config)) logger.warn(warning);
  const db = connect(config.database);
  const clock = clockFromConfig(config);
  const demoCredentials = await prepareDatabase(db, config, clock.now());
  const services = buildServices({ db, config, clock, logger });
  const app = createApp(services);
  const scheduler = config.schedulerEnabled ? startScheduler(scheduledJobs(config), services) : undefined;

  // Express 5 calls back with the error when the port cannot be had (in use, or not allowed).
  const server: Server = app.listen(config.port, config.host, (error?: Error) => {
    if (error) {
      logger.fatal({ err: error }, `cannot listen on ${config.host}:${config.port}: ${error.message}`);
      console.error(
        `\nCannot listen on port ${config.port} (${error.message}). Is another instance running? Set PORT to use another port.`,
      );
      process.exit(1);
    }
    const address = `http://localhost:${(server.address() as AddressInfo).port}`;
    logger.info({ address, database: config.database.client }, 'listening');
    // The start-up lines are written now, not with the next batch: whatever waits for "listening" (a
    // supervisor, the crash proofs) sees it at once, and a kill in the first second does not lose it.
    logLines.flushSync();
    printWelcome(address, demoCredentials);
  });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // Stop accepting, let in-flight requests finish, stop jobs, then close the pool.
    server.close(async () => {
      await scheduler?.stop();
      await services.outbox.stop();
      await db.destroy();
      logger.info('stopped');
      process.exit(0);
    });
    server.closeIdleConnections();
    setTimeout(() => {
      logger.error('forced exit: requests still in flight after 10 s');
      process.exit(1);
    }, 10_000).unref();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

function printWelcome(address: string, demoCredentials: DemoCredential[]): void {
  const lines = [`\nHCfL brokerage service on ${address}  (API docs: ${address}/docs)`];
  if (demoCredentials.length > 0) {
    lines.push('Demo mode. One API token per role (send as "Authorization: Bearer <token>"):');
    for (const c of demoCredentials) lines.push(`  ${c.role.padEnd(13)} ${c.token}   (${c.name})`);
    lines.push(`Web pages: sign in at ${address}/sign-in with one of (email / password):`);
    for (const c of demoCredentials) lines.push(`  ${c.role.padEnd(13)} ${c.email} / ${c.password}`);
  }
  process.stdout.write(lines.join('\n') + '\n\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
