import { londonDate } from '../../calendar/dates';
import { Unprocessable } from '../../errors';
import { hoursToMinutes } from '../../pricing/minutes';
import { loadRateCards } from '../../pricing/queries';
import { priceQuote } from '../../pricing/quote';
import type { Services } from '../../services';
import { findZone } from '../../zones/catalogue';
import type { FieldErrors } from '../forms';
import type { NewPackageInput } from './new-package-form';

/**
 * The "check price" step of intake: the zone and band of the location and the rate in force
 * today, from the same locator, rate cards and pricing function that intake and GET
 * /pricing/quote use, so what the officer confirms is what intake freezes on the package.
 */
export async function checkPrice(
  { db, locator }: Pick<Services, 'db' | 'locator'>,
  input: NewPackageInput,
  now: number,
): Promise<{ ok: true; quote: PriceCheck } | { ok: false; errors: FieldErrors }> {
  const { lon, lat } = input.location;
  const area = locator.locate(lon, lat);
  if (!area) {
    const nearest = locator.nearestZone(lon, lat);
    const name = findZone(nearest.zoneId)?.name ?? nearest.zoneId;
    const km = (nearest.distanceMetres / 1000).toFixed(1);
    const message = `This location is outside the service area: the nearest zone is ${name}, ${km} km away. Check the latitude and longitude`;
    return { ok: false, errors: { lat: message } };
  }
  const weeklyMinutes = hoursToMinutes(input.weeklyHours);
  const priced = priceQuote(
    { band: area.band, weeklyMinutes, date: londonDate(now) },
    await loadRateCards(db),
  );
  if (!priced.ok) throw new Unprocessable(priced.code, priced.message);
  return {
    ok: true,
    quote: {
      zoneId: area.zoneId,
      zoneName: findZone(area.zoneId)?.name ?? area.zoneId,
      band: area.band,
      bandSource: area.bandSource,
      district: area.ladName,
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
