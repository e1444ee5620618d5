import { loadConfig } from '../config';
import { connect } from '../db/connect';
import { prepareDatabase } from '../startup';

// npm run db:seed: migrates and loads reference data (plus the demo framework when DEMO_MODE is on).
const config = loadConfig();
const db = connect(config.database);
try {
  const demo = await prepareDatabase(db, config, Date.now());
  process.stdout.write(`seeded reference data${demo.length > 0 ? ' and the demo framework' : ''}\n`);
} finally {
  await db.destroy();
}
