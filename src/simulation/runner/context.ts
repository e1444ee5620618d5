/** The state one simulation run carries between events. */
import type { HandBackPlan, ProviderProfile } from '../providers/behaviour';
import type { CapacityLedger, MembershipLedger } from '../providers/ledger';
import type { PackageRequest } from '../demand/generator';
import type { ResolvedPolicy } from '../policy';
import type { Services } from '../../services';
import type { Random } from '../random';
import type { EventQueue } from './queue';
import type { World } from './world';

/** One package as the simulator follows it: what the engine decided, and what is scheduled next. */
export interface SimPackage {
  id: number;
  request: PackageRequest;
  /** The rate frozen at intake (pence per hour). */
  hourlyRatePence: number;
  status: string;
  /** Offers given to their provider to answer, with their status when the package was last read. */
  offers: Map<number, string>;
  /** Offers this package's providers accepted that are not decided yet. */
  reserved: Set<number>;
  /** The episode whose award the simulator has booked against the winner's hours. */
  heldEpisode: number | null;
  holder: { providerId: number; branch: MembershipLedger | undefined; minutes: number } | null;
  /** When the current brokerage episode opened (intake or hand-back) and when it became unplaced. */
  episodeOpenedAt: number;
  unplacedSince: number | null;
  officerStep: number;
  officerPending: boolean;
  /** Set when care first starts: the package ends this long after. */
  endAt: number | null;
  closed: boolean;
}

export type SimEvent =
  | { kind: 'arrive'; request: PackageRequest }
  | {
      kind: 'respond';
      pkg: SimPackage;
      offerId: number;
      providerId: number;
      random: Random;
      outsideZone: boolean;
    }
  | { kind: 'sweep' }
  | { kind: 'start'; pkg: SimPackage; episodeId: number; late: boolean }
  | { kind: 'hand-back'; pkg: SimPackage; episodeId: number; plan: HandBackPlan }
  /** A commissioner decides a hand-back's short notice. */
  | { kind: 'notice-decision'; pkg: SimPackage; episodeId: number }
  /** A hand-back's re-brokering falls due (the sweep opens it). */
  | { kind: 'rebroker'; pkg: SimPackage; episodeId: number }
  | { kind: 'end'; pkg: SimPackage }
  | { kind: 'officer'; pkg: SimPackage }
  | { kind: 'cancel-check'; pkg: SimPackage; episodeOpenedAt: number }
  | { kind: 'legacy-end'; branch: MembershipLedger; minutes: number }
  | { kind: 'declare'; providerId: number }
  | {
      kind: 'evidence';
      providerId: number;
      evidence: 'monitoring-visit' | 'upheld-complaint' | 'safeguarding-concern';
    }
  | { kind: 'job'; name: string }
  | { kind: 'day' };

export interface Counters {
  intakes: number;
  offersSeen: number;
  answers: { accept: number; decline: number; none: number };
  lateAnswers: number;
  awards: number;
  starts: number;
  handBacks: number;
  ended: number;
  cancelled: number;
  widened: number;
  declarations: number;
  evidence: number;
  scoreRuns: number;
  reviewFlags: { confirmed: number; dismissed: number };
  sweeps: number;
}

export interface TimelinePoint {
  date: string;
  /** Packages waiting for a provider (brokering or unplaced) and their weekly hours. */
  waitingPackages: number;
  waitingHours: number;
  unplacedPackages: number;
  unplacedHours: number;
  /** Packages placed through the framework (awarded or in care) and their weekly hours and cost. */
  placedPackages: number;
  placedHours: number;
  placedWeeklyPence: number;
  /** Hours still delivered on the packages in care before the simulation started. */
  legacyHours: number;
}

export interface Sim {
  services: Services;
  policy: ResolvedPolicy;
  world: World;
  seed: number;
  start: number;
  end: number;
  queue: EventQueue<SimEvent>;
  ledger: CapacityLedger;
  profiles: Map<number, ProviderProfile>;
  packages: Map<number, SimPackage>;
  sweepTimes: Set<number>;
  legacyHours: number;
  /** The standing load the demand was calibrated to hold (weekly hours). */
  baselineWeeklyHours: number;
  counters: Counters;
  timeline: TimelinePoint[];
  setClock(at: number): void;
}

export function emptyCounters(): Counters {
  return {
    intakes: 0,
    offersSeen: 0,
    answers: { accept: 0, decline: 0, none: 0 },
    lateAnswers: 0,
    awards: 0,
    starts: 0,
    handBacks: 0,
    ended: 0,
    cancelled: 0,
    widened: 0,
    declarations: 0,
    evidence: 0,
    scoreRuns: 0,
    reviewFlags: { confirmed: 0, dismissed: 0 },
    sweeps: 0,
  };
}
