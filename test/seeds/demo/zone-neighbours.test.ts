import { describe, expect, it } from 'vitest';
import { isConnected, neighboursOf, ZONE_NEIGHBOURS } from '../../../seeds/demo/zone-neighbours';
import { ZONE_CATALOGUE } from '../../../src/zones/catalogue';

describe('zone neighbour map', () => {
  const ids = ZONE_CATALOGUE.map((z) => z.id);

  it('names every catalogue zone and nothing else', () => {
    expect(Object.keys(ZONE_NEIGHBOURS).sort()).toEqual([...ids].sort());
    for (const list of Object.values(ZONE_NEIGHBOURS)) for (const id of list) expect(ids).toContain(id);
  });

  it('is symmetric and has no self-loops', () => {
    for (const [zone, list] of Object.entries(ZONE_NEIGHBOURS)) {
      expect(list).not.toContain(zone);
      for (const other of list) expect(neighboursOf(other), `${other} → ${zone}`).toContain(zone);
    }
  });

  it('joins the whole county up', () => {
    expect(isConnected(ids)).toBe(true);
  });

  it('tells a patch from scattered zones', () => {
    expect(isConnected(['melton', 'bottesford'])).toBe(true);
    expect(isConnected(['bottesford', 'lutterworth'])).toBe(false);
    expect(isConnected(['market-harborough', 'harborough-rural', 'lutterworth'])).toBe(true);
    expect(isConnected([])).toBe(true);
  });
});
