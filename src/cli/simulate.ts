import { main } from '../simulation/cli';
import { rerunOnOneCore } from './one-core';

// npm run simulate -- --weeks 52 --seed 1 --out /tmp/sim [--policy p.json | --compare a.json b.json]
process.exitCode = rerunOnOneCore() ?? (await main(process.argv.slice(2)));
