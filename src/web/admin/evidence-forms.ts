import { z } from 'zod';
import { CQC_RATINGS, EVIDENCE_KINDS, RAGS, type NewEvidence } from '../../performance/evidence/model';
import { NewEvidenceSchema } from '../../performance/evidence/schemas';
import { Reference } from '../../packages/schemas';
import {
  apiField,
  check,
  dateField,
  dateParts,
  numberField,
  text,
  type Checked,
  type FieldErrors,
  type FormBody,
} from '../forms';

/** The evidence form as typed, kept to fill the form again. */
export function evidenceValues(body: FormBody | undefined) {
  return {
    kind: text(body, 'kind'),
    visitScore: text(body, 'visitScore'),
    visitRag: text(body, 'visitRag'),
    rating: text(body, 'rating'),
    occurredOn: dateParts(body, 'occurredOn'),
    reference: text(body, 'reference'),
  };
}

export type EvidenceValues = ReturnType<typeof evidenceValues>;

const Kind = z.object({ kind: z.enum(EVIDENCE_KINDS, { error: 'Select what the evidence is' }) });

const Visit = z.object({
  visitScore: numberField('Enter the visit score', 'Visit score must be a number, like 85').transform(
    apiField(z.number().int().min(0).max(100), 'Visit score must be a whole number from 0 to 100'),
  ),
  visitRag: z.enum(RAGS, { error: 'Select the visit’s RAG rating' }),
});

const Rating = z.object({ rating: z.enum(CQC_RATINGS, { error: 'Select the new CQC rating' }) });

const Common = z.object({
  occurredOn: dateField('the date it happened'),
  reference: z
    .string()
    .trim()
    .transform((v, ctx) =>
      v === ''
        ? undefined
        : apiField(
            Reference,
            'Reference must be 3 to 40 letters, digits and dashes: a reference, not a name',
          )(v, ctx),
    ),
});

/**
 * A piece of quality evidence: what it is, the fields that kind needs (a visit's score and RAG, a
 * CQC rating), when it happened and an optional reference; every field's problem at once, in the
 * form's order; then the API's NewEvidenceSchema.
 */
export function checkEvidence(values: EvidenceValues): Checked<NewEvidence> {
  const errors: FieldErrors = {};
  const kind = check(Kind, values);
  if (!kind.ok) Object.assign(errors, kind.errors);
  let extra: Record<string, unknown> = {};
  if (kind.ok && kind.data.kind === 'monitoring-visit') {
    const visit = check(Visit, values);
    if (visit.ok) extra = { score: visit.data.visitScore, rag: visit.data.visitRag };
    else Object.assign(errors, visit.errors);
  }
  if (kind.ok && kind.data.kind === 'cqc-rating') {
    const rating = check(Rating, values);
    if (rating.ok) extra = { rating: rating.data.rating };
    else Object.assign(errors, rating.errors);
  }
  const common = check(Common, values);
  if (!common.ok) Object.assign(errors, common.errors);
  if (!kind.ok || !common.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  const input = {
    kind: kind.data.kind,
    occurredOn: common.data.occurredOn,
    ...(common.data.reference ? { reference: common.data.reference } : {}),
    ...extra,
  };
  return check(NewEvidenceSchema, input) as Checked<NewEvidence>;
}
