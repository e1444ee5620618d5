import { z } from 'zod';

/**
 * The monthly provider-risk RAG (docs/provider-risk.md; docs/specification/quality-and-performance.md
 * §7.7; parsed with the rest in src/config.ts). The papers give no thresholds: these defaults are the
 * service's, for the quality officers to set. Red is tested before amber, so a red threshold set
 * below its amber one simply makes red the answer first.
 */
export const providerRiskEnv = {
  // 04:00 on the 1st: rates the month just ended.
  PROVIDER_RISK_SCHEDULE: z.string().default('0 4 1 * *'),
  PROVIDER_RISK_RED_SUBSTANTIATED: z.coerce.number().int().min(1).max(1_000).default(1),
  PROVIDER_RISK_RED_CONCERNS: z.coerce.number().int().min(1).max(1_000).default(3),
  PROVIDER_RISK_AMBER_CONCERNS: z.coerce.number().int().min(1).max(1_000).default(1),
  PROVIDER_RISK_RED_COMPLAINTS_PER_100H: z.coerce.number().gt(0).max(1_000).default(2),
  PROVIDER_RISK_AMBER_COMPLAINTS_PER_100H: z.coerce.number().gt(0).max(1_000).default(0.5),
  PROVIDER_RISK_MIN_HOURS: z.coerce.number().min(1).max(100_000).default(50),
};

/** The rule's settings (src/provider-risk/rule.ts), stored with each month's ratings. */
export interface ProviderRiskRule {
  /** Red at this many substantiated safeguarding concerns in the month. */
  redSubstantiated: number;
  /** Red at this many safeguarding concerns raised in the month, whatever their outcome so far. */
  redConcerns: number;
  /** Amber at this many concerns raised. */
  amberConcerns: number;
  /** Upheld complaints per 100 weekly hours held: red and amber from these rates. */
  redComplaintsPer100h: number;
  amberComplaintsPer100h: number;
  /** A service smaller than this many weekly hours is rated as if it held this many. */
  minHours: number;
}

export interface ProviderRiskConfig {
  schedule: string;
  rule: ProviderRiskRule;
}

type ProviderRiskEnv = z.output<z.ZodObject<typeof providerRiskEnv>>;

export function providerRiskConfigOf(env: ProviderRiskEnv): ProviderRiskConfig {
  return {
    schedule: env.PROVIDER_RISK_SCHEDULE,
    rule: {
      redSubstantiated: env.PROVIDER_RISK_RED_SUBSTANTIATED,
      redConcerns: env.PROVIDER_RISK_RED_CONCERNS,
      amberConcerns: env.PROVIDER_RISK_AMBER_CONCERNS,
      redComplaintsPer100h: env.PROVIDER_RISK_RED_COMPLAINTS_PER_100H,
      amberComplaintsPer100h: env.PROVIDER_RISK_AMBER_COMPLAINTS_PER_100H,
      minHours: env.PROVIDER_RISK_MIN_HOURS,
    },
  };
}
