import { z } from 'zod';
import { DECISION_REASONS } from '../../performance/reviews/model';
import { ConfirmFlagSchema, DismissFlagSchema } from '../../performance/reviews/schemas';
import { check, text, type Checked, type FormBody } from '../forms';

const reason = (what: string) => z.enum(DECISION_REASONS, { error: `Select why you are ${what} the flag` });
const said = (message: string) => z.string().trim().min(1, { error: message });
const Evidence = said('Enter the evidence your decision rests on');
const Comment = said('Enter a comment on your decision');

const ConfirmForm = z.object({
  reason: reason('confirming'),
  evidence: Evidence,
  comment: Comment,
  acknowledgeBelowMinPrimes: z
    .enum(['', 'yes'])
    .catch('')
    .transform((v) => v === 'yes'),
});

/**
 * Confirming a flag: a reason code, evidence and a comment, and the acknowledgement a demotion below
 * the minimum primes needs.
 */
export function checkConfirmation(body: FormBody | undefined): Checked<z.output<typeof ConfirmFlagSchema>> {
  const form = check(ConfirmForm, {
    reason: text(body, 'reason'),
    evidence: text(body, 'evidence'),
    comment: text(body, 'comment'),
    acknowledgeBelowMinPrimes: text(body, 'acknowledgeBelowMinPrimes'),
  });
  return form.ok ? check(ConfirmFlagSchema, form.data) : form;
}

/** Dismissing a flag: the dismiss… fields, beside the confirm form's own. */
export function checkDismissal(body: FormBody | undefined): Checked<z.output<typeof DismissFlagSchema>> {
  const form = check(
    z.object({ dismissReason: reason('dismissing'), dismissEvidence: Evidence, dismissComment: Comment }),
    {
      dismissReason: text(body, 'dismissReason'),
      dismissEvidence: text(body, 'dismissEvidence'),
      dismissComment: text(body, 'dismissComment'),
    },
  );
  if (!form.ok) return form;
  const { dismissReason, dismissEvidence, dismissComment } = form.data;
  return check(DismissFlagSchema, {
    reason: dismissReason,
    evidence: dismissEvidence,
    comment: dismissComment,
  });
}
