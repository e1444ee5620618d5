import { loadConfig } from '../config';
import { connect } from '../db/connect';
import { migrateLatest, rollbackAll } from '../db/migrations';

// npm run db:migrate | npm run db:rollback (rolls back every migration).
const command = process.argv[2];
const db = connect(loadConfig().database);
try {
  if (command === 'latest') await migrateLatest(db);
  else if (command === 'rollback') await rollbackAll(db);
  else throw new Error(`usage: migrate.ts latest|rollback (got ${command ?? 'nothing'})`);
  process.stdout.write(`migrate ${command}: done\n`);
} finally {
  await db.destroy();
}
