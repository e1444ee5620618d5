import { main } from '../simulation/cli';
import { rerunOnOneCore } from './one-core';

// npm run simulate -- --weeks 52 --seed 1 --out /tmp/sim [--policy p.json | --compare a.json b.json …]
// One run is pinned to one core; a comparison is not, as each of its policies runs in a child
// process pinned to a core of its own (src/simulation/parallel.ts).
const comparing = process.argv.includes('--compare');
process.exitCode = (comparing ? null : rerunOnOneCore()) ?? (await main(process.argv.slice(2)));
