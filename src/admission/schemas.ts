import { z } from 'zod';
import { CalendarDate } from '../calendar/dates';
import { Id } from '../http/params';
import { CQC_RATINGS, PROVIDER_STATUSES, ZONE_ROLES } from '../providers/model';
import {
  APPLICATION_ROLES,
  APPLICATION_STATUSES,
  CHECK_GROUPS,
  CHECK_OUTCOMES,
  DECISIONS,
  ROUND_KINDS,
} from './model';

const zoneId = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[a-z][a-z0-9-]*$/, 'a zone id such as "charnwood-north"');
/** Free text about an organisation or a check: a reference to evidence, never personal data. */
const note = (max: number) => z.string().trim().min(3, 'give at least 3 characters').max(max);
const score = z.number().int().min(0).max(100);
const instant = z.string().describe('ISO instant');

export const NewRoundSchema = z
  .object({
    kind: z.enum(ROUND_KINDS),
    title: z.string().trim().min(3).max(200),
    zoneIds: z.array(zoneId).max(20).default([]),
    roles: z.array(z.enum(ZONE_ROLES)).max(2).default([]),
    chcApproval: z.boolean().default(false),
    closesOn: CalendarDate.nullable()
      .default(null)
      .describe('Last day applications are taken: required for an invitation, none for a standing round'),
    qualityThreshold: score.describe('The score (0–100) an application must reach to be accepted'),
  })
  .strict()
  .superRefine((r, issue) => {
    if (r.kind === 'invitation' && r.closesOn === null)
      issue.addIssue({
        code: 'custom',
        path: ['closesOn'],
        message: 'an invitation round needs a closing date',
      });
    if (r.kind === 'standing' && r.closesOn !== null)
      issue.addIssue({ code: 'custom', path: ['closesOn'], message: 'a standing round has no closing date' });
    if (r.zoneIds.length > 0 !== r.roles.length > 0)
      issue.addIssue({ code: 'custom', path: ['roles'], message: 'choose zones and roles together' });
    if (r.zoneIds.length === 0 && !r.chcApproval)
      issue.addIssue({
        code: 'custom',
        path: ['zoneIds'],
        message: 'invite at least one zone, or CHC approval',
      });
    if (new Set(r.zoneIds).size !== r.zoneIds.length)
      issue.addIssue({ code: 'custom', path: ['zoneIds'], message: 'name each zone once' });
  })
  .meta({ id: 'NewAdmissionRound' });

export const RoundSchema = z
  .object({
    id: z.number().int(),
    kind: z.enum(ROUND_KINDS),
    title: z.string(),
    zoneIds: z.array(z.string()),
    roles: z.array(z.enum(ZONE_ROLES)),
    chcApproval: z.boolean(),
    closesOn: z.string().nullable(),
    qualityThreshold: z.number().int(),
    open: z.boolean(),
    openedAt: instant,
    openedBy: z.number().int().nullable(),
  })
  .meta({ id: 'AdmissionRound' });

export const RoundListQuery = z.object({
  open: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});

export const NewApplicationSchema = z
  .object({
    roundId: Id,
    role: z.enum(APPLICATION_ROLES),
    zoneId: zoneId.nullable().default(null).describe('The zone applied for; null for CHC approval'),
    statement: note(2000).describe(
      'What the organisation offers in the zone: capacity, workforce, experience (no personal data)',
    ),
  })
  .strict()
  .meta({ id: 'NewApplication' });

export const ApplicationSchema = z
  .object({
    id: z.number().int(),
    roundId: z.number().int(),
    roundTitle: z.string(),
    providerId: z.number().int(),
    providerName: z.string(),
    zoneId: z.string().nullable(),
    zoneName: z.string().nullable(),
    role: z.enum(APPLICATION_ROLES),
    statement: z.string(),
    status: z.enum(APPLICATION_STATUSES),
    submittedAt: instant,
    score: z.number().int().nullable(),
    decisionComment: z.string().nullable(),
    decidedAt: instant.nullable(),
    decidedBy: z.number().int().nullable(),
    activatedAt: instant.nullable(),
  })
  .meta({ id: 'AdmissionApplication' });

export const ApplicationListQuery = z.object({
  round: Id.optional(),
  status: z.enum(APPLICATION_STATUSES).optional(),
});

export const DecisionSchema = z
  .object({
    decision: z.enum(DECISIONS),
    score: score.describe("The commissioners' score of the application, 0–100"),
    comment: note(1000),
  })
  .strict()
  .meta({ id: 'AdmissionDecision' });

export const NewApplicantSchema = z
  .object({
    name: z.string().trim().min(1).max(200).describe("The organisation's name"),
    cqcLocationId: z.string().trim().min(1).max(40),
    cqcOverall: z.enum(CQC_RATINGS).default('not-yet-rated'),
    cqcSafe: z.enum(CQC_RATINGS).default('not-yet-rated'),
    cqcWellLed: z.enum(CQC_RATINGS).default('not-yet-rated'),
    userName: z.string().trim().min(1).max(200).describe("Name of the organisation's first user"),
    email: z.email().max(320).describe('Where the invitation to choose a password goes'),
  })
  .strict()
  .meta({ id: 'NewApplicant' });

export const ApplicantSchema = z
  .object({
    providerId: z.number().int(),
    name: z.string(),
    status: z.enum(PROVIDER_STATUSES),
    userId: z.number().int(),
    linkExpiresAt: instant,
  })
  .meta({ id: 'Applicant' });

export const CheckItemSchema = z
  .object({
    key: z.string(),
    group: z.enum(CHECK_GROUPS),
    label: z.string(),
    required: z.boolean(),
  })
  .meta({ id: 'CheckItem' });

export const NewCheckItemSchema = z
  .object({
    key: z
      .string()
      .min(2)
      .max(40)
      .regex(/^[a-z][a-z0-9-]*$/, 'a key such as "safeguarding-policy"'),
    group: z.enum(CHECK_GROUPS),
    label: z.string().trim().min(3).max(200),
    required: z.boolean().default(true),
  })
  .strict()
  .meta({ id: 'NewCheckItem' });

export const CheckParams = z.object({ id: Id, itemKey: z.string().min(1).max(40) });

export const CheckRecordSchema = z
  .object({
    outcome: z.enum(CHECK_OUTCOMES),
    evidence: note(500).describe('A reference to the evidence (document, meeting), never personal data'),
  })
  .strict()
  .meta({ id: 'CheckRecord' });

export const ReadinessSchema = z
  .object({
    providerId: z.number().int(),
    providerName: z.string(),
    providerStatus: z.enum(PROVIDER_STATUSES),
    items: z.array(
      CheckItemSchema.extend({
        latest: z
          .object({
            outcome: z.enum(CHECK_OUTCOMES),
            evidence: z.string(),
            checkedBy: z.number().int().nullable(),
            checkedAt: instant,
          })
          .nullable(),
      }),
    ),
    outstanding: z.array(z.string()).describe('Required items not yet passed'),
    mobilising: z.array(ApplicationSchema).describe('Accepted applications waiting to go live'),
    ready: z.boolean().describe('Mobilising roles, and every required item passed'),
  })
  .meta({ id: 'Readiness' });
