/** Data protection settings (parsed in src/config.ts). */
export interface PrivacyConfig {
  /** Ended or cancelled packages are anonymised this many days after their last change. */
  retentionDays: number;
  retentionSchedule: string;
}
