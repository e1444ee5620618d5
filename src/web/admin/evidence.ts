import type { Response } from 'express';
import { Invalid } from '../../errors';
import { IdParams } from '../../http/params';
import { providerOrNotFound } from '../../performance/access';
import { CQC_RATINGS, RAGS } from '../../performance/evidence/model';
import { listEvidence } from '../../performance/evidence/queries';
import { recordEvidence } from '../../performance/evidence/record';
import type { Services } from '../../services';
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
  occurredOn: partsOf(null),
  reference: '',
};

/**
 * Quality evidence for one provider (docs/specification/quality-and-performance.md §7.5–7.6;
 * docs/specification/roles-and-stories.md §9.5, story Q1): what is on record, and a form to record
 * a monitoring visit (score and RAG), an upheld complaint, a safeguarding concern or a CQC rating
 * change, each dated. Recorded through the same command as POST /providers/:id/quality-evidence,
 * with its audit row; a CQC rating also updates the provider's rating when it is the latest.
 */
export function evidencePages({ db, clock }: Services) {
  async function show(
    res: Response,
    id: number,
    form: { errors?: FieldErrors; values?: EvidenceValues } = {},
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
      },
      { errors, anchors: { occurredOn: 'occurredOn-day' } },
    );
  }

  return [
    definePage({
      method: 'get',
      path: '/admin/providers/:id/evidence',
      roles: ['admin'],
      async handler(req, res) {
        await show(res, paramsOr404(IdParams, req.params).id);
      },
    }),
    definePage({
      method: 'post',
      path: '/admin/providers/:id/evidence',
      roles: ['admin'],
      async handler(req, res, { actor }) {
        const { id } = paramsOr404(IdParams, req.params);
        const values = evidenceValues(req.body as FormBody);
        const input = checkEvidence(values);
        if (!input.ok) return show(res, id, { errors: input.errors, values });
        try {
          const recorded = await recordEvidence({ db, actor, now: clock.now() }, id, input.data);
          redirectWithFlash(
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
            });
          }
          throw err;
        }
      },
    }),
  ];
}
