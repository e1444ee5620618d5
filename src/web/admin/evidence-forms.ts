import { z } from 'zod';
import {
  COMPLAINT_CATEGORIES,
  CONCERN_OUTCOMES,
  SAFEGUARDING_CATEGORIES,
} from '../../performance/evidence/concerns';
import { CQC_RATINGS, RAGS, type NewEvidence } from '../../performance/evidence/model';
import { NewEvidenceSchema } from '../../performance/evidence/schemas';
import { Reference } from '../../packages/schemas';
import { DISTRICT_CODES } from '../../zones/districts';
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
    complaintCategory: text(body, 'complaintCategory'),
    safeguardingCategory: text(body, 'safeguardingCategory'),
    outcome: text(body, 'outcome'),
    upheld: text(body, 'upheld'),
    district: text(body, 'district'),
    occurredOn: dateParts(body, 'occurredOn'),
    reference: text(body, 'reference'),
  };
}

export type EvidenceValues = ReturnType<typeof evidenceValues>;

/** The kinds the form records: a complaint always with its details (the API still takes 'upheld-complaint'). */
export const FORM_EVIDENCE_KINDS = [
  'monitoring-visit',
  'complaint',
  'safeguarding-concern',
  'cqc-rating',
] as const;

const Kind = z.object({ kind: z.enum(FORM_EVIDENCE_KINDS, { error: 'Select what the evidence is' }) });

const Visit = z.object({
  visitScore: numberField('Enter the visit score', 'Visit score must be a number, like 85').transform(
    apiField(z.number().int().min(0).max(100), 'Visit score must be a whole number from 0 to 100'),
  ),
  visitRag: z.enum(RAGS, { error: 'Select the visit’s RAG rating' }),
});

const Rating = z.object({ rating: z.enum(CQC_RATINGS, { error: 'Select the new CQC rating' }) });

/** A complaint's or safeguarding concern's details (src/performance/evidence/concerns.ts). */
const Details = z.object({
  outcome: z.enum(CONCERN_OUTCOMES, { error: 'Select the outcome' }),
  upheld: z.enum(['yes', 'no'], { error: 'Select whether it was upheld' }).transform((v) => v === 'yes'),
  district: z.enum(DISTRICT_CODES, { error: 'Select the district it arose in' }),
});
const ComplaintCategory = z.object({
  complaintCategory: z.enum(COMPLAINT_CATEGORIES, { error: 'Select what the complaint was about' }),
});
const SafeguardingCategory = z.object({
  safeguardingCategory: z.enum(SAFEGUARDING_CATEGORIES, { error: 'Select the kind of safeguarding concern' }),
});

/** The fields of one kind, checked: an object for the API's body, or the form's errors. */
function kindFields(kind: (typeof FORM_EVIDENCE_KINDS)[number], values: EvidenceValues): Checked<object> {
  if (kind === 'monitoring-visit') {
    const visit = check(Visit, values);
    return visit.ok ? { ok: true, data: { score: visit.data.visitScore, rag: visit.data.visitRag } } : visit;
  }
  if (kind === 'cqc-rating') {
    const rating = check(Rating, values);
    return rating.ok ? { ok: true, data: { rating: rating.data.rating } } : rating;
  }
  const category =
    kind === 'complaint'
      ? check(
          ComplaintCategory.transform((v) => v.complaintCategory),
          values,
        )
      : check(
          SafeguardingCategory.transform((v) => v.safeguardingCategory),
          values,
        );
  const details = check(Details, values);
  if (!category.ok || !details.ok)
    return {
      ok: false,
      errors: { ...(category.ok ? {} : category.errors), ...(details.ok ? {} : details.errors) },
    };
  return { ok: true, data: { category: category.data, ...details.data } };
}

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
 * CQC rating, a complaint's or concern's category, outcome, upheld and district), when it happened and an optional reference; every field's problem at once, in the
 * form's order; then the API's NewEvidenceSchema.
 */
export function checkEvidence(values: EvidenceValues): Checked<NewEvidence> {
  const errors: FieldErrors = {};
  const kind = check(Kind, values);
  if (!kind.ok) Object.assign(errors, kind.errors);
  let extra: object = {};
  if (kind.ok) {
    const fields = kindFields(kind.data.kind, values);
    if (fields.ok) extra = fields.data;
    else Object.assign(errors, fields.errors);
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
