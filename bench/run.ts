import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run bench [-- name …]`: runs each benchmark in its own process, one after another, so that
 * they do not compete for the two cores. With names, only those (e.g. `npm run bench -- locate`).
 * Each benchmark prints its own figures; docs/BENCHMARKS.md records them with the command.
 */
const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const HELPERS = new Set(['run.ts', 'county-history.ts']);

const available = fs
  .readdirSync(BENCH_DIR)
  .filter((name) => name.endsWith('.ts') && !HELPERS.has(name) && !name.startsWith('zz-'))
  .map((name) => name.slice(0, -3))
  .sort();
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  process.stderr.write(`Unknown benchmark(s): ${unknown.join(', ')}. Available: ${available.join(', ')}\n`);
  process.exit(2);
}
let failed = 0;
for (const name of wanted.length > 0 ? wanted : available) {
  process.stdout.write(`\n=== bench/${name}.ts\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(BENCH_DIR, `${name}.ts`)], {
    stdio: 'inherit',
  });
  if (result.status !== 0) failed += 1;
}
process.exit(failed > 0 ? 1 : 0);
