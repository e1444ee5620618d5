import type { Queryable } from '../../db/connect';
import { boxAround, providersNear } from '../continuity';

/**
 * Providers delivering care (awarded or active packages) within `km` of the package's person, from
 * the packages' own locations; none when the package has no location.
 */
export async function providersDeliveringNear(
  db: Queryable,
  near: { packageId: number; lon: number | null; lat: number | null; km: number },
): Promise<number[]> {
  if (near.lon === null || near.lat === null) return [];
  const person: [number, number] = [near.lon, near.lat];
  const box = boxAround(person, near.km);
  const rows: { provider_id: number; lon: number; lat: number }[] = await db('packages')
    .whereIn('status', ['awarded', 'active'])
    .whereNotNull('provider_id')
    .whereNot('id', near.packageId)
    .whereBetween('lon', [box.minLon, box.maxLon])
    .whereBetween('lat', [box.minLat, box.maxLat])
    .select('provider_id', 'lon', 'lat');
  const inCare = rows.map((r) => ({
    providerId: Number(r.provider_id),
    lon: Number(r.lon),
    lat: Number(r.lat),
  }));
  return providersNear(person, inCare, near.km);
}
