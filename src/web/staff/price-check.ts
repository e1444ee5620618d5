import { londonDate } from '../../calendar/dates';
import { NotFound, Unprocessable } from '../../errors';
import { intakePoint } from '../../packages/locate';
import { hoursToMinutes } from '../../pricing/minutes';
import { loadRateCards } from '../../pricing/queries';
import { priceQuote } from '../../pricing/quote';
import type { Services } from '../../services';
import { nearestZoneText, type Placement } from '../../zones/placement';
import { label } from '../labels';
import type { FieldErrors } from '../forms';
import type { NewPackageInput } from './new-package-form';

/**
 * The "check price" step of intake: the zone and band of the location under the area layer in
 * force, and the rate in force, from the same placement (services.zones.place), rate cards and
 * pricing function that intake and GET /pricing/quote use, so what the officer confirms is what
 * intake freezes on the package.
 */
export async function checkPrice(
  services: Pick<Services, 'db' | 'zones' | 'postcodes'>,
  input: NewPackageInput,
  now: number,
): Promise<{ ok: true; quote: PriceCheck } | { ok: false; errors: FieldErrors }> {
  const located = await placeForForm(services, input.location, now);
  if (!located.ok) return located;
  const { placed, postcode } = located;
  const band = input.bandOverride?.band ?? placed.band;
  if (band === placed.band && input.bandOverride) {
    return {
      ok: false,
      errors: { overrideBand: `The area's band is already ${label(band)}: choose another band or none` },
    };
  }
  const weeklyMinutes = hoursToMinutes(input.weeklyHours);
  const priced = priceQuote({ band, weeklyMinutes, date: londonDate(now) }, await loadRateCards(services.db));
  if (!priced.ok) throw new Unprocessable(priced.code, priced.message);
  return {
    ok: true,
    quote: {
      zoneId: placed.zone.id,
      zoneName: placed.zone.name,
      postcode,
      band,
      placedBand: placed.band,
      bandSource: placed.bandSource,
      bandOverride: input.bandOverride ?? null,
      district: placed.area.district.name,
      weeklyMinutes,
      hourlyRatePence: priced.hourlyRatePence,
      weeklyCostPence: priced.weeklyCostPence,
      annualCostPence: priced.annualCostPence,
      rateCardLabel: priced.rateCard.label,
    },
  };
}

/**
 * The intake point placed (intakePoint, as intake does), or the officer's error on the field to
 * fix: the postcode's refusal as the API says it, or "outside the service area" on the field given.
 */
async function placeForForm(
  services: Pick<Services, 'zones' | 'postcodes'>,
  location: NewPackageInput['location'],
  now: number,
): Promise<{ ok: true; placed: Placement; postcode: string | null } | { ok: false; errors: FieldErrors }> {
  const field = location.postcode === undefined ? 'lat' : 'postcode';
  try {
    const { point, postcode } = await intakePoint(services, location, now);
    const placed = await services.zones.place(point, now);
    if (placed.inside) return { ok: true, placed, postcode };
    const check = field === 'lat' ? 'Check the latitude and longitude' : 'Check the postcode';
    return {
      ok: false,
      errors: { [field]: `This location is outside the service area: ${nearestZoneText(placed)}. ${check}` },
    };
  } catch (error) {
    if (error instanceof Unprocessable || error instanceof NotFound)
      return { ok: false, errors: { [field]: error.message } };
    throw error;
  }
}

export interface PriceCheck {
  zoneId: string;
  zoneName: string;
  postcode: string | null;
  band: string;
  /** The band the area gives; differs from band when the officer overrides it. */
  placedBand: string;
  bandSource: string;
  bandOverride: NewPackageInput['bandOverride'] | null;
  district: string;
  weeklyMinutes: number;
  hourlyRatePence: number;
  weeklyCostPence: number;
  annualCostPence: number;
  rateCardLabel: string | null;
}
