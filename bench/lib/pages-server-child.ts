/**
 * The service for bench/pages.ts, in its own process so that its resident memory is its own and the
 * load generator does not share its event loop: createApp on the given database, listening on
 * 127.0.0.1, its clock fixed at the end of the benchmark's history year, with one web user of the
 * given role, with the server's V8 flags. Answers `{ url, email, password }`, then process.memoryUsage() and the garbage collector's pauses so far to each 'memory' message,
 * and to `{ snapshot: file }` writes a heap snapshot there (which collects garbage first) and answers
 * process.memoryUsage() after it: what the server holds, rather than what it has not yet collected.
 */
import type { AddressInfo } from 'node:net';
import { PerformanceObserver } from 'node:perf_hooks';
import v8 from 'node:v8';
import { createApp } from '../../src/app';
import { insertUser } from '../../src/auth/queries';
import type { Role } from '../../src/auth/roles';
import { manualClock } from '../../src/clock';
import { loadConfig } from '../../src/config';
import { connect } from '../../src/db/connect';
import { buildServices } from '../../src/services';
import { hashPassword } from '../../src/web/sign-in/passwords';
import { tuneHeap } from '../../src/heap';

export interface PagesServerPlan {
  /** SQLITE_FILE or DATABASE_URL, as the service is configured in production. */
  env: Record<string, string>;
  /** The service's clock (UTC ms): the pages show the history as at this instant. */
  now: number;
  role: Role;
  /** V8 flags over the server's own (src/heap.ts), to compare variants in one run. */
  v8Flags?: string[];
}

/** Main-thread garbage collection pauses since start: their count and total milliseconds. */
const gcPauses = { count: 0, ms: 0 };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gcPauses.count += 1;
    gcPauses.ms += entry.duration;
  }
}).observe({ entryTypes: ['gc'] });
const memory = () => ({ ...process.memoryUsage(), gcPauses });

process.once('message', async (plan: PagesServerPlan) => {
  // As src/server.ts starts the service.
  tuneHeap(plan.v8Flags);
  const config = loadConfig({
    NODE_ENV: 'test',
    SCHEDULER_ENABLED: 'false',
    LOG_LEVEL: 'error',
    ...plan.env,
  });
  const db = connect(config.database);
  const clock = manualClock(plan.now);
  const services = buildServices({ db, config, clock });
  const email = `bench-${plan.role}-${process.pid}@example.org`;
  const password = 'bench pages password';
  await insertUser(
    db,
    {
      name: `Bench ${plan.role}`,
      role: plan.role,
      providerId: null,
      providerAdmin: false,
      email,
      passwordHash: await hashPassword(password, 4),
    },
    plan.now,
  );
  const server = createApp(services).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  process.on('message', (m) => {
    if (m === 'memory') process.send!(memory());
    if (typeof m === 'object' && m && 'snapshot' in m) {
      v8.writeHeapSnapshot(String(m.snapshot));
      process.send!(memory());
    }
    if (m === 'stop') server.close(() => void db.destroy().then(() => process.exit(0)));
  });
  process.send!({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, email, password });
});
