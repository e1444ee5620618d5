import { z } from 'zod';
import { IsoDate } from '../../calendar/dates';
import { HAND_BACK_REASONS } from '../model';

/** A running hand-back as the package shows it (docs/specification/hand-backs.md). */
export const HandBackViewSchema = z
  .object({
    outgoingProvider: z.object({ id: z.number().int(), name: z.string() }),
    reason: z.string(),
    givenAt: z.string(),
    noticeDate: z.string().describe('The last day the outgoing provider delivers care'),
    lastVisit: z.string().nullable(),
    approval: z
      .enum(['not-needed', 'pending', 'approved', 'refused'])
      .describe('pending: short notice awaiting a commissioner; nothing is re-brokered until then'),
    decidedAt: z.string().nullable(),
    rebrokerOpensOn: z.string().nullable().describe('The day re-brokering opens (null while pending)'),
    rebrokeredAt: z.string().nullable().describe('When re-brokering opened; null until then'),
  })
  .meta({ id: 'HandBackNotice' });

export const HandBackSchema = z
  .object({
    reason: z.enum(HAND_BACK_REASONS),
    noticeDate: IsoDate.describe(
      'The last day the provider delivers care, YYYY-MM-DD: today or later. Sooner than HAND_BACK_NOTICE_DAYS (28) from today waits for a commissioner, unless the reason is safety or provider-exit',
    ),
    lastVisit: IsoDate.optional().describe(
      'The last planned visit, YYYY-MM-DD: from today to the notice date (default: the notice date)',
    ),
  })
  .strict()
  .meta({ id: 'HandBack' });

export const ShortNoticeDecisionSchema = z
  .object({
    decision: z
      .enum(['approve', 'refuse'])
      .describe(
        'approve: the short notice stands; refuse: the notice runs the default period from the day it was given',
      ),
  })
  .strict();
