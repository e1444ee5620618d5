import type { Needs, PackageRecord } from '../packages/model';

/**
 * What a message may say about a package: zone, band, hours and visits, urgency, care type, needs and
 * the wanted start — never the reference, postcode or coordinates (docs/data-protection.md; issue 17
 * "Privacy"). Every message about a package is built from this, and test/notifications checks it.
 */
export interface PackageFacts {
  packageId: number;
  zone: { id: string; name: string };
  band: string;
  weeklyMinutes: number;
  visitsPerWeek: number;
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
    careType: pkg.careType,
    urgency: pkg.urgency,
    needs: structuredClone(pkg.needs),
    wantedStart: pkg.wantedStart,
  };
}
