import type { Services } from '../services';
import type { LocationGiven } from './model';

type IntakeLocation = { postcode?: string; lat?: number; lon?: number };

/**
 * Where an intake's location is: a postcode's centroid (services.postcodes, as GET /locate) or
 * the coordinates given, as the point zones.place places, and which of the two was given.
 */
export async function intakePoint(
  { postcodes }: Pick<Services, 'postcodes'>,
  location: IntakeLocation,
  now: number,
): Promise<{ point: { lon: number; lat: number }; postcode: string | null; given: LocationGiven }> {
  if (location.postcode === undefined) {
    return { point: { lon: location.lon!, lat: location.lat! }, postcode: null, given: 'coordinates' };
  }
  const found = await postcodes.locate(location.postcode, now);
  return { point: found.point, postcode: found.postcode, given: 'postcode' };
}
