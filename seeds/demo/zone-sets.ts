import { shuffled, type Random } from './prng';
import { isConnected, neighboursOf } from './zone-neighbours';

/**
 * Deals zone memberships to providers so that each zone gets exactly its demanded number of
 * providers, no provider holds a zone twice, every provider holds at least one zone, and every
 * provider's zones form one connected patch of the neighbour map (zone-neighbours.ts) — a
 * branch bids for the zones around it (HC21 ¶11).
 *
 * First a rough deal: zones in map order, each to the least-loaded providers, favouring those
 * already next door. Then repair: a provider whose zones fall apart trades a stray zone with
 * another provider for one beside its main patch, or hands the stray to a neighbour. A trade
 * is kept unless it makes the map worse. Every choice draws on `random`, so the result is a
 * pure function of the seed.
 *
 * @example assignConnectedZoneSets(new Map([['melton', 2], ['bottesford', 1]]), 2, mulberry32(1))
 *   // e.g. [['melton', 'bottesford'], ['melton']]
 */
export function assignConnectedZoneSets(
  demand: ReadonlyMap<string, number>,
  providerCount: number,
  random: Random,
  maxRestarts = 20,
): string[][] {
  const slots = [...demand.values()].reduce((sum, n) => sum + n, 0);
  if (slots < providerCount)
    throw new RangeError(`${slots} memberships cannot give ${providerCount} providers one each`);
  for (const [zone, n] of demand) {
    if (n > providerCount)
      throw new RangeError(`${zone} needs ${n} providers but only ${providerCount} exist`);
  }
  for (let restart = 0; restart < maxRestarts; restart++) {
    const sets = roughDeal(demand, providerCount, random);
    if (repair(sets, random)) return sets.map((set) => [...set]);
  }
  throw new Error(`no connected deal of zones to ${providerCount} providers found`);
}

/** Zones in breadth-first map order from the busiest, so "next door" means something as we go. */
function mapOrder(demand: ReadonlyMap<string, number>): string[] {
  const zones = [...demand.keys()].filter((z) => (demand.get(z) ?? 0) > 0);
  const order: string[] = [];
  while (order.length < zones.length) {
    const start = zones
      .filter((z) => !order.includes(z))
      .reduce((best, z) => ((demand.get(z) ?? 0) > (demand.get(best) ?? 0) ? z : best));
    const queue = [start];
    order.push(start);
    for (let zone = queue.shift(); zone !== undefined; zone = queue.shift()) {
      for (const next of neighboursOf(zone)) {
        if (zones.includes(next) && !order.includes(next)) {
          order.push(next);
          queue.push(next);
        }
      }
    }
  }
  return order;
}

function roughDeal(
  demand: ReadonlyMap<string, number>,
  providerCount: number,
  random: Random,
): Set<string>[] {
  const sets = Array.from({ length: providerCount }, () => new Set<string>());
  for (const zone of mapOrder(demand)) {
    const score = (set: Set<string>) =>
      set.size - (neighboursOf(zone).some((n) => set.has(n)) ? 1.5 : 0) + random();
    const ranked = shuffled(random, sets).sort((a, b) => score(a) - score(b));
    for (const set of ranked.slice(0, demand.get(zone) ?? 0)) set.add(zone);
  }
  // Anyone left empty takes a zone from the biggest holder of a zone they lack.
  for (const empty of sets.filter((s) => s.size === 0)) {
    const donor = sets.reduce((a, b) => (b.size > a.size ? b : a));
    const [zone] = shuffled(random, [...donor]);
    if (zone === undefined) continue;
    donor.delete(zone);
    empty.add(zone);
  }
  return sets;
}

function components(set: ReadonlySet<string>): string[][] {
  const seen = new Set<string>();
  const result: string[][] = [];
  for (const start of set) {
    if (seen.has(start)) continue;
    const part = [start];
    seen.add(start);
    for (let i = 0; i < part.length; i++) {
      for (const next of neighboursOf(part[i] as string)) {
        if (set.has(next) && !seen.has(next)) {
          seen.add(next);
          part.push(next);
        }
      }
    }
    result.push(part);
  }
  return result.sort((a, b) => b.length - a.length);
}

const brokenness = (set: ReadonlySet<string>) => (set.size === 0 ? 10 : components(set).length - 1);

/** Local search until every set is connected; false if it stalls. Mutates `sets`. */
function repair(sets: Set<string>[], random: Random, maxSteps = 20_000): boolean {
  const largest = Math.ceil(([...sets].reduce((n, s) => n + s.size, 0) / sets.length) * 1.6);
  for (let step = 0; step < maxSteps; step++) {
    const broken = sets.filter((s) => brokenness(s) > 0);
    const [a] = shuffled(random, broken);
    if (a === undefined) return true;
    const [main = [], ...strays] = components(a);
    const [stray] = shuffled(random, strays.flat());
    if (stray === undefined) continue;
    const beside = new Set(main.flatMap((z) => neighboursOf(z)).filter((z) => !a.has(z)));
    const [b] = shuffled(
      random,
      sets.filter((s) => s !== a && !s.has(stray)),
    );
    if (b === undefined) continue;
    const before = brokenness(a) + brokenness(b);
    const [swapIn] = shuffled(
      random,
      [...b].filter((z) => beside.has(z)),
    );
    const handOver = swapIn === undefined || random() < 0.25;
    if (handOver && b.size >= largest) continue;
    a.delete(stray);
    b.add(stray);
    if (!handOver) {
      b.delete(swapIn);
      a.add(swapIn);
    }
    if (brokenness(a) + brokenness(b) > before) {
      b.delete(stray);
      a.add(stray);
      if (!handOver) {
        a.delete(swapIn);
        b.add(swapIn);
      }
    }
  }
  return sets.every((s) => s.size > 0 && isConnected([...s]));
}
