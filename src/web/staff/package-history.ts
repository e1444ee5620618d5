import { isPackageAuditAction } from '../../audit/actions';
import type { AuditEvent } from '../../audit/queries';
import { calendarDate } from '../format';
import { label } from '../labels';

export interface HistoryEntry {
  at: string;
  what: string;
  detail: string;
  who: string;
}

type After = Record<string, unknown> | null;

const str = (value: unknown) => (value === null || value === undefined ? '' : String(value));

/**
 * A package's audit events (oldest first) as lines a person reads: what happened, to whom, why.
 * `names` names providers by id and by offer (from the allocation explanation): audit rows keep ids.
 * Nothing here identifies the person: package audit rows never hold the reference or location.
 */
export interface Names {
  provider(id: number): string;
  /** The provider an offer was sent to. */
  offer(id: number): string;
}

export function packageHistory(events: readonly AuditEvent[], names: Names): HistoryEntry[] {
  return [...events]
    .sort((a, b) => a.id - b.id)
    .map((event) => {
      const after = (event.after ?? null) as After;
      const { what, detail } = describe(event.action, after, names);
      return { at: event.at, what, detail, who: label(event.actor.role) };
    });
}

const EDITED_FIELDS: Record<string, string> = {
  weeklyMinutes: 'hours a week',
  visitsPerWeek: 'visits a week',
  wantedStart: 'wanted start',
  needs: 'needs',
};

/** Which fields an edit changed, e.g. "Changed hours a week, needs". */
function editedFields(after: After): string {
  const fields = Object.keys(after ?? {})
    .map((key) => EDITED_FIELDS[key])
    .filter(Boolean);
  return fields.length > 0 ? `Changed ${fields.join(', ')}` : '';
}

/** A stored action this service no longer records (or never did): its name, made readable. */
const unlabelled = (action: string) => ({ what: label(action.replace(/\./g, '-')), detail: '' });

function negotiatedRateDetail(after: After): string {
  const from = calendarDate(str(after?.appliesFrom));
  if (after?.hourlyRatePence === null) return `Follows the rate card from ${from}`;
  return `${str(after?.hourlyRatePence)}p an hour from ${from}: ${str(after?.reason)}`;
}

function describe(action: string, after: After, names: Names) {
  if (!isPackageAuditAction(action)) return unlabelled(action);
  const provider = (key: string) => (after && after[key] != null ? names.provider(Number(after[key])) : '');
  const offeredTo = () => (after && after.offerId != null ? names.offer(Number(after.offerId)) : '');
  // Every package action has a case: the compiler refuses a new one without a label.
  switch (action) {
    case 'package.create':
      return {
        what: 'Package created',
        detail: `${label(str(after?.band))} band, ${label(str(after?.urgency))}`,
      };
    case 'round.open': {
      const offers = Array.isArray(after?.offers) ? after.offers.length : 0;
      const excluded = Number(after?.excluded ?? 0);
      return {
        what: `Round opened: ${label(str(after?.kind))}`,
        detail: `Offered to ${offers} provider${offers === 1 ? '' : 's'}; ${excluded} excluded`,
      };
    }
    case 'offer.accept':
      return { what: 'Offer accepted', detail: `By ${offeredTo()}` };
    case 'offer.decline':
      return { what: 'Offer declined', detail: `By ${offeredTo()}: ${label(str(after?.reason))}` };
    case 'package.award':
      return { what: 'Awarded', detail: `To ${provider('providerId')}, ranked ${str(after?.rank)}` };
    case 'package.unplaced':
      return { what: 'Unplaced', detail: 'No provider accepted in the rounds so far' };
    case 'package.escalate':
      return { what: 'Flagged for escalation', detail: 'Unplaced for longer than the escalation time' };
    case 'package.widen':
      return { what: 'Search widened', detail: label(`widened-${str(after?.scope)}`) };
    case 'package.cancel':
      return { what: 'Cancelled', detail: str(after?.reason) };
    case 'package.start':
      return { what: 'Care started', detail: calendarDate(str(after?.startedOn)) };
    case 'package.end':
      return { what: 'Ended', detail: `${calendarDate(str(after?.endedOn))}: ${str(after?.reason)}` };
    case 'package.hand-back':
      return {
        what: 'Handed back',
        detail: `${label(str(after?.reason))}, notice date ${calendarDate(str(after?.noticeDate))}`,
      };
    case 'package.hand-back.decide':
      return {
        what: `Short notice ${str(after?.approval)}`,
        detail: `Notice date ${calendarDate(str(after?.noticeDate))}`,
      };
    case 'package.rebroker':
      return {
        what: 'Re-brokering opened',
        detail: `${provider('providerId')} delivers care until its notice date`,
      };
    case 'package.notice-ended':
      return { what: 'Notice ended', detail: `${provider('providerId')} no longer delivers care` };
    case 'package.funding-review':
      return { what: 'D2A review recorded', detail: label(`review-${str(after?.outcome)}`) };
    case 'package.negotiated-rate':
      return { what: 'Negotiated rate recorded', detail: negotiatedRateDetail(after) };
    case 'package.edit':
      return { what: 'Details corrected', detail: editedFields(after) };
    case 'package.band-override':
      return {
        what: 'Band overridden',
        detail: `${label(str(after?.placedBand))} to ${label(str(after?.band))}: ${label(str(after?.reason))}`,
      };
    case 'package.import':
      return {
        what: 'Imported in care',
        detail: `With ${provider('providerId')} from ${calendarDate(str(after?.startDate))}`,
      };
    case 'package.anonymise':
      return unlabelled(action);
    default:
      return action satisfies never;
  }
}
