/**
 * The service for bench/pages.ts, in its own process so that its resident memory is its own and the
 * load generator does not share its event loop: createApp on the given database, listening on
 * 127.0.0.1, its clock fixed at the end of the benchmark's history year, with one web user of the
 * given role. Answers `{ url, email, password }`, then process.memoryUsage() to each 'memory' message.
 */
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/app';
import { insertUser } from '../../src/auth/queries';
import type { Role } from '../../src/auth/roles';
import { manualClock } from '../../src/clock';
import { loadConfig } from '../../src/config';
import { connect } from '../../src/db/connect';
import { buildServices } from '../../src/services';
import { hashPassword } from '../../src/web/sign-in/passwords';

export interface PagesServerPlan {
  /** SQLITE_FILE or DATABASE_URL, as the service is configured in production. */
  env: Record<string, string>;
  /** The service's clock (UTC ms): the pages show the history as at this instant. */
  now: number;
  role: Role;
}

process.once('message', async (plan: PagesServerPlan) => {
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
    if (m === 'memory') process.send!(process.memoryUsage());
    if (m === 'stop') server.close(() => void db.destroy().then(() => process.exit(0)));
  });
  process.send!({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, email, password });
});
