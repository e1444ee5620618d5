import type { Needs, PackageRecord } from '../packages/model';

/**
 * What a message may say about a package: zone, band, hours and visits, urgency, funding stream (and the
 * care type derived from it, for webhook receivers that read it), needs and the wanted start — never the reference, postcode or coordinates (docs/data-protection.md; issue 17
 * "Privacy"). Every message about a package is built from this, and test/notifications checks it.
 */
export interface PackageFacts {
  packageId: number;
  zone: { id: string; name: string };
  band: string;
  weeklyMinutes: number;
  visitsPerWeek: number;
  fundingStream: string;
  /** Derived from fundingStream (careTypeOf). */
  careType: string;
  urgency: string;
  needs: Needs;
  wantedStart: string;
}

export function packageFacts(pkg: PackageRecord, zoneName: string): PackageFacts {
  return {
    packageId: pkg.id,
    zone: { id: pkg.zoneId, name: zoneName },
    band: pkg.band,
    weeklyMinutes: pkg.weeklyMinutes,
    visitsPerWeek: pkg.visitsPerWeek,
    fundingStream: pkg.fundingStream,
    careType: pkg.careType,
    urgency: pkg.urgency,
    needs: structuredClone(pkg.needs),
    wantedStart: pkg.wantedStart,
  };
}
