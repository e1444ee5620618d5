/**
 * Setting a RAG target (Perf19 App C): a council-wide target, a zone's override with its comment,
 * or the end of an override, each from a date; rows are only ever added, so history is kept. Audited.
 */
import { recordAudit } from '../../audit/record';
import { ragTargetFromCheck, requireDatesInRange } from '../../calendar/field-rules';
import { Invalid, NotFound } from '../../errors';
import type { CommandContext } from '../../performance/command';
import type { Services } from '../../services';
import type { RagMetric } from './model';
import { insertTarget } from './queries';

export interface SetTargetInput {
  metric: RagMetric;
  /** Absent: the council-wide target; given: that zone's override. */
  zoneId?: string | undefined;
  /** Absent with a zone: the zone follows the council-wide target again from effectiveFrom. */
  target?: number | undefined;
  tolerance?: number | undefined;
  effectiveFrom: string;
  comment?: string | undefined;
}

function inputIssues(input: SetTargetInput) {
  const issues: { path: string; message: string }[] = [];
  const council = input.zoneId === undefined;
  if (council && input.target === undefined)
    issues.push({ path: 'body.target', message: 'is required for the council-wide target' });
  if (input.target !== undefined && input.tolerance === undefined)
    issues.push({ path: 'body.tolerance', message: 'is required with a target' });
  // "Room for judgement": a zone's override says why (Perf19 App C).
  if (!council && !input.comment)
    issues.push({ path: 'body.comment', message: 'is required for a zone override' });
  return issues;
}

export async function setRagTarget(ctx: CommandContext & Pick<Services, 'zoneFacts'>, input: SetTargetInput) {
  const issues = inputIssues(input);
  if (issues.length > 0) throw new Invalid('The target is incomplete.', issues);
  requireDatesInRange([ragTargetFromCheck('body.effectiveFrom', input.effectiveFrom, ctx.now)]);
  return ctx.db.transaction(async (trx) => {
    if (input.zoneId !== undefined && !(await ctx.zoneFacts.of(trx, input.zoneId)))
      throw new NotFound('zone-not-found', `No zone ${input.zoneId}.`);
    const row = {
      metric: input.metric,
      zone_id: input.zoneId ?? null,
      target: input.target ?? null,
      tolerance: input.target === undefined ? null : (input.tolerance ?? null),
      effective_from: input.effectiveFrom,
      comment: input.comment ?? null,
      set_by: ctx.actor.userId,
      set_at: ctx.now,
    };
    const id = await insertTarget(trx, row);
    await recordAudit(trx, ctx.actor, ctx.now, {
      action: 'rag-target.set',
      entityType: 'rag-target',
      entityId: id,
      after: row,
    });
    return id;
  });
}
