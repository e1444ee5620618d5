import type { Knex } from 'knex';
import { NotFound, Unprocessable } from '../errors';
import type { ZoneFactsService } from './facts';
import type { ZoneLayers } from './layers';
import { findPostcode } from './postcode-areas';
import { loadPostcodes, type PostcodePoint } from './postcodes';

type Point = { lon: number; lat: number };

/**
 * Postcodes as places: the one way both GET /locate and intake turn a postcode into the point that
 * zones.place then places, so a postcode gets the same zone and band from either.
 */
export function createPostcodeLocator(deps: {
  db: Knex;
  zones: ZoneLayers;
  zoneFacts: ZoneFactsService;
  geoDir: string;
}) {
  const index = loadPostcodes(deps.geoDir);

  /** The zone most of the county's postcodes near it (same sector, else outward code) fall in. */
  async function nearestZone(near: PostcodePoint[], now: number) {
    const layer = await deps.zones.inForce(now);
    const counts = new Map<string, number>();
    for (const point of near) {
      const zoneId = layer.locator.locate(point.lon, point.lat)?.zoneId;
      if (zoneId) counts.set(zoneId, (counts.get(zoneId) ?? 0) + 1);
    }
    const [zoneId] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
    if (!zoneId) return null;
    return { id: zoneId, name: (await deps.zoneFacts.of(deps.db, zoneId))?.name ?? zoneId };
  }

  /**
   * The centroid of a postcode where a person can live (normalised), or the API's refusal: 422 for
   * a PO box or large user and for a postcode outside the service area (naming its council or the
   * nearest zone), 404 for an unknown postcode of the county's own outward codes.
   */
  async function locate(postcode: string, now: number): Promise<{ postcode: string; point: Point }> {
    const finding = findPostcode(index, postcode);
    switch (finding.kind) {
      case 'home':
        return { postcode: finding.postcode, point: finding.point };
      case 'non-geographic':
        throw new Unprocessable(
          'non-geographic-postcode',
          `Postcode ${finding.postcode} is a PO box or large-user postcode pinned to a delivery office, not a home: give the address's coordinates instead.`,
        );
      case 'unknown':
        throw new NotFound(
          'postcode-not-found',
          `Postcode ${finding.postcode} is not a postcode of the county: check it, or give the address's coordinates.`,
        );
      case 'outside': {
        const zone = await nearestZone(finding.near, now);
        const where = finding.council
          ? `it is in ${finding.council}, a separate council`
          : 'it is not a Leicestershire postcode';
        const nearest = zone ? `; the nearest zone is ${zone.name}` : '';
        throw new Unprocessable(
          'outside-service-area',
          `Postcode ${finding.postcode} is outside the service area (Leicestershire outside Leicester City): ${where}${nearest}.`,
          { council: finding.council ?? undefined, nearestZone: zone?.id, nearestZoneName: zone?.name },
        );
      }
    }
  }

  return { index, locate };
}

export type PostcodeLocator = ReturnType<typeof createPostcodeLocator>;
