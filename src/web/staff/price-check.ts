import { londonDate } from '../../calendar/dates';
import { Unprocessable } from '../../errors';
import { hoursToMinutes } from '../../pricing/minutes';
import { loadRateCards } from '../../pricing/queries';
import { priceQuote } from '../../pricing/quote';
import type { Services } from '../../services';
import { nearestZoneText } from '../../zones/placement';
import type { FieldErrors } from '../forms';
import type { NewPackageInput } from './new-package-form';

/**
 * The "check price" step of intake: the zone and band of the location under the area layer in
 * force, and the rate in force, from the same placement (services.zones.place), rate cards and
 * pricing function that intake and GET /pricing/quote use, so what the officer confirms is what
 * intake freezes on the package.
 */
export async function checkPrice(
  { db, zones }: Pick<Services, 'db' | 'zones'>,
  input: NewPackageInput,
  now: number,
): Promise<{ ok: true; quote: PriceCheck } | { ok: false; errors: FieldErrors }> {
  const placed = await zones.place(input.location, now);
  if (!placed.inside) {
    const message = `This location is outside the service area: ${nearestZoneText(placed)}. Check the latitude and longitude`;
    return { ok: false, errors: { lat: message } };
  }
  const weeklyMinutes = hoursToMinutes(input.weeklyHours);
  const priced = priceQuote(
    { band: placed.band, weeklyMinutes, date: londonDate(now) },
    await loadRateCards(db),
  );
  if (!priced.ok) throw new Unprocessable(priced.code, priced.message);
  return {
    ok: true,
    quote: {
      zoneId: placed.zone.id,
      zoneName: placed.zone.name,
      band: placed.band,
      bandSource: placed.bandSource,
      district: placed.area.district.name,
      weeklyMinutes,
      hourlyRatePence: priced.hourlyRatePence,
      weeklyCostPence: priced.weeklyCostPence,
      annualCostPence: priced.annualCostPence,
      rateCardLabel: priced.rateCard.label,
    },
  };
}

export interface PriceCheck {
  zoneId: string;
  zoneName: string;
  band: string;
  bandSource: string;
  district: string;
  weeklyMinutes: number;
  hourlyRatePence: number;
  weeklyCostPence: number;
  annualCostPence: number;
  rateCardLabel: string | null;
}
