import type { Response } from 'express';
import { OVERSIGHT_ROLES } from '../../auth/roles';
import { Invalid } from '../../errors';
import { IdParams } from '../../http/params';
import { providerOrNotFound } from '../../performance/access';
import {
  COMPLAINT_CATEGORIES,
  CONCERN_OUTCOMES,
  SAFEGUARDING_CATEGORIES,
} from '../../performance/evidence/concerns';
import { CQC_RATINGS, RAGS } from '../../performance/evidence/model';
import { listEvidence } from '../../performance/evidence/queries';
import { recordEvidence } from '../../performance/evidence/record';
import type { Services } from '../../services';
import { DISTRICTS, districtName } from '../../zones/districts';
import { calendarDate } from '../format';
import { choiceItems, partsOf, type FieldErrors, type FormBody } from '../forms';
import { label } from '../labels';
import { definePage, paramsOr404 } from '../page';
import { redirectWithFlash, renderForm } from '../views';
import { checkEvidence, evidenceValues, type EvidenceValues } from './evidence-forms';

const blankValues: EvidenceValues = {
  kind: '',
  visitScore: '',
  visitRag: '',
  rating: '',
  complaintCategory: '',
  safeguardingCategory: '',
  outcome: '',
  upheld: '',
  district: '',
  occurredOn: partsOf(null),
  reference: '',
};

/** The choices of a complaint's or safeguarding concern's fields. */
function concernItems(values: EvidenceValues) {
  const choose = { blank: 'Choose one', describe: label };
  return {
    complaintCategoryItems: choiceItems(COMPLAINT_CATEGORIES, values.complaintCategory, choose),
    safeguardingCategoryItems: choiceItems(SAFEGUARDING_CATEGORIES, values.safeguardingCategory, choose),
    outcomeItems: choiceItems(CONCERN_OUTCOMES, values.outcome, choose),
    upheldItems: choiceItems(
      [
        { value: 'yes', text: 'Yes' },
        { value: 'no', text: 'No' },
      ],
      values.upheld,
    ),
    districtItems: choiceItems(
      DISTRICTS.map((d) => ({ value: d.code, text: d.name })),
      values.district,
      { blank: 'Choose a district' },
    ),
  };
}

/**
 * Quality evidence for one provider (docs/specification/quality-and-performance.md §7.5–7.6;
 * docs/specification/roles-and-stories.md §9.5, story Q1): what is on record, and a form to record
 * a monitoring visit (score and RAG), a complaint or a safeguarding concern (category, outcome,
 * upheld, district), or a CQC rating change, each dated. Commissioners (the quality officers) and
 * admins record it. Recorded through the same command as POST /providers/:id/quality-evidence,
 * with its audit row; a CQC rating also updates the provider's rating when it is the latest.
 */
export function evidencePages({ db, clock }: Services) {
  async function show(
    res: Response,
    id: number,
    form: { errors?: FieldErrors; values?: EvidenceValues; isAdmin?: boolean } = {},
  ) {
    // A provider that does not exist is "Page not found", as every NotFound is on the pages.
    const provider = await providerOrNotFound(db, id);
    const evidence = await listEvidence(db, id, {});
    const errors = form.errors ?? {};
    const values = form.values ?? blankValues;
    renderForm(
      res,
      'pages/admin/evidence.njk',
      {
        provider,
        evidence,
        values,
        ragItems: choiceItems(RAGS, values.visitRag, { describe: label }),
        ratingItems: choiceItems(CQC_RATINGS, values.rating, { blank: 'Choose a rating', describe: label }),
        ...concernItems(values),
        districtName,
        // Commissioners come here from the provider-risk page; the provider's admin page is for admins.
        backLink: form.isAdmin
          ? { text: provider.name, href: `/admin/providers/${id}` }
          : { text: 'Provider risk', href: '/staff/provider-risk' },
      },
      { errors, anchors: { occurredOn: 'occurredOn-day' } },
    );
  }

  return [
    definePage({
      method: 'get',
      path: '/admin/providers/:id/evidence',
      roles: OVERSIGHT_ROLES,
      async handler(req, res, { user }) {
        await show(res, paramsOr404(IdParams, req.params).id, { isAdmin: user.role === 'admin' });
      },
    }),
    definePage({
      method: 'post',
      path: '/admin/providers/:id/evidence',
      roles: OVERSIGHT_ROLES,
      async handler(req, res, { actor }) {
        const { id } = paramsOr404(IdParams, req.params);
        const values = evidenceValues(req.body as FormBody);
        const input = checkEvidence(values);
        const isAdmin = actor.role === 'admin';
        if (!input.ok) return show(res, id, { errors: input.errors, values, isAdmin });
        try {
          const recorded = await recordEvidence({ db, actor, now: clock.now() }, id, input.data);
          await redirectWithFlash(
            res,
            `/admin/providers/${id}/evidence`,
            `${label(recorded.kind)} recorded`,
            `Dated ${calendarDate(recorded.occurredOn)}. It counts towards the provider’s next score.`,
          );
        } catch (err) {
          const dateIssue =
            err instanceof Invalid ? err.errors.find((e) => e.path === 'body.occurredOn') : undefined;
          if (dateIssue) {
            return show(res, id, {
              errors: {
                occurredOn: dateIssue.message.startsWith('must not be after')
                  ? 'The date it happened must be today or in the past'
                  : `The date it happened ${dateIssue.message}`,
              },
              values,
              isAdmin,
            });
          }
          throw err;
        }
      },
    }),
  ];
}
