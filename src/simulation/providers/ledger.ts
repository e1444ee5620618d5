/**
 * What each simulated provider really has free in each of its zones, which the service only sees
 * through capacity declarations (docs/specification/open-questions.md §10.20). Workforce is fixed
 * for the run: the hours it held when the simulation started (earlier packages) plus the hours it
 * declared free then. Accepting an offer reserves its hours until the round is decided, so a
 * provider does not accept more than it can staff.
 */
export interface MembershipLedger {
  providerId: number;
  zoneId: string;
  workforceMinutes: number;
  heldMinutes: number;
  reservedMinutes: number;
  /** What the service believes is free: the last declaration less the awards in the zone since. */
  serviceViewMinutes: number;
  declaredAt: number;
}

export class CapacityLedger {
  private byKey = new Map<string, MembershipLedger>();
  private byProvider = new Map<number, MembershipLedger[]>();
  private reservations = new Map<number, { entry: MembershipLedger; minutes: number }>();

  add(
    providerId: number,
    zoneId: string,
    w: { workforceMinutes: number; heldMinutes: number; declaredMinutes: number; declaredAt: number },
  ): void {
    const entry: MembershipLedger = {
      providerId,
      zoneId,
      workforceMinutes: w.workforceMinutes,
      heldMinutes: w.heldMinutes,
      reservedMinutes: 0,
      serviceViewMinutes: w.declaredMinutes,
      declaredAt: w.declaredAt,
    };
    this.byKey.set(`${providerId}|${zoneId}`, entry);
    const list = this.byProvider.get(providerId) ?? [];
    list.push(entry);
    this.byProvider.set(providerId, list);
  }

  entries(providerId: number): readonly MembershipLedger[] {
    return this.byProvider.get(providerId) ?? [];
  }

  /**
   * Where a package in `zoneId` would be staffed from: the provider's own branch in that zone, or
   * for a widened offer outside its zones, its branch with the most free hours.
   */
  branchFor(providerId: number, zoneId: string): MembershipLedger | undefined {
    const own = this.byKey.get(`${providerId}|${zoneId}`);
    if (own) return own;
    let best: MembershipLedger | undefined;
    for (const e of this.entries(providerId)) if (!best || free(e) > free(best)) best = e;
    return best;
  }

  freeMinutes(providerId: number, zoneId: string): number {
    const branch = this.branchFor(providerId, zoneId);
    return branch ? free(branch) : 0;
  }

  reserve(offerId: number, providerId: number, zoneId: string, minutes: number): void {
    const entry = this.branchFor(providerId, zoneId);
    if (!entry || this.reservations.has(offerId)) return;
    entry.reservedMinutes += minutes;
    this.reservations.set(offerId, { entry, minutes });
  }

  /** The round was decided against this offer (or it was withdrawn): the hours are free again. */
  release(offerId: number): void {
    const r = this.reservations.get(offerId);
    if (!r) return;
    r.entry.reservedMinutes -= r.minutes;
    this.reservations.delete(offerId);
  }

  /** The offer won: its reserved hours are now held. Returns the branch that holds them. */
  convert(
    offerId: number,
    providerId: number,
    zoneId: string,
    minutes: number,
  ): MembershipLedger | undefined {
    const r = this.reservations.get(offerId);
    if (r) {
      r.entry.reservedMinutes -= r.minutes;
      this.reservations.delete(offerId);
    }
    const entry = r?.entry ?? this.branchFor(providerId, zoneId);
    if (entry) entry.heldMinutes += minutes;
    // The service counts an award against the declaration in the package's own zone only.
    const own = this.byKey.get(`${providerId}|${zoneId}`);
    if (own) own.serviceViewMinutes -= minutes;
    return entry;
  }
}

export function free(e: MembershipLedger): number {
  return e.workforceMinutes - e.heldMinutes - e.reservedMinutes;
}

/** Releases held hours (a package ended, was handed back or cancelled). */
export function releaseHeld(entry: MembershipLedger, minutes: number): void {
  entry.heldMinutes = Math.max(0, entry.heldMinutes - minutes);
}
