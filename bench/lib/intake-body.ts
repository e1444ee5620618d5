import { addDays, londonDate } from '../../src/calendar/dates';
import { buildDemand } from '../../src/simulation/run';

/** Real places in the county, drawn inside its small areas as the simulator draws them. */
export const benchPlaces = () => buildDemand({ weeks: 8, seed: 11, startDate: '2025-04-07' }).requests;

export type Place = ReturnType<typeof benchPlaces>[number];

/** A week from today: intake refuses a wanted start more than a year ahead (src/calendar/field-rules.ts). */
const WANTED_START = addDays(londonDate(Date.now()), 7);

/** The body of POST /packages for a place. */
export const intakeBody = (p: Place, reference: string) => ({
  reference,
  location: p.location,
  weeklyHours: p.weeklyHours,
  visitsPerWeek: p.visitsPerWeek,
  fundingStream: p.fundingStream,
  // The bench's packages all start a week ahead: a D2A one's period and review follow from that.
  ...(p.d2a && { fundedUntil: addDays(WANTED_START, 27), reviewDue: addDays(WANTED_START, 20) }),
  urgency: p.urgency,
  wantedStart: WANTED_START,
  needs: p.needs,
});
