import { main } from '../simulation/cli';

// npm run simulate -- --weeks 52 --seed 1 --out /tmp/sim [--policy p.json | --compare a.json b.json]
process.exitCode = await main(process.argv.slice(2));
