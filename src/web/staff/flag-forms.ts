import { z } from 'zod';
import { DECISION_REASONS } from '../../performance/reviews/model';
import { ConfirmFlagSchema, DismissFlagSchema } from '../../performance/reviews/schemas';
import { check, text, type Checked, type FormBody } from '../forms';

const reason = (what: string) => z.enum(DECISION_REASONS, { error: `Select why you are ${what} the flag` });

const ConfirmForm = z.object({
  reason: reason('confirming'),
  acknowledgeBelowMinPrimes: z
    .enum(['', 'yes'])
    .catch('')
    .transform((v) => v === 'yes'),
});

/** Confirming a flag: a reason code, and the acknowledgement a demotion below the minimum primes needs. */
export function checkConfirmation(body: FormBody | undefined): Checked<z.output<typeof ConfirmFlagSchema>> {
  const form = check(ConfirmForm, {
    reason: text(body, 'reason'),
    acknowledgeBelowMinPrimes: text(body, 'acknowledgeBelowMinPrimes'),
  });
  return form.ok ? check(ConfirmFlagSchema, form.data) : form;
}

/** Dismissing a flag: a reason code (the field is dismissReason, beside the confirm form's own reason). */
export function checkDismissal(body: FormBody | undefined): Checked<z.output<typeof DismissFlagSchema>> {
  const form = check(z.object({ dismissReason: reason('dismissing') }), {
    dismissReason: text(body, 'dismissReason'),
  });
  return form.ok ? check(DismissFlagSchema, { reason: form.data.dismissReason }) : form;
}
