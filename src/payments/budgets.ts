/**
 * Commissioners' annual budgets per funding stream and financial year (story C3; docs/payments.md
 * "Budgets"). Setting one is version-guarded: create with no version (or 0), change with the version
 * read, so two commissioners cannot overwrite each other unseen. Audited.
 */
import { recordAudit } from '../audit/record';
import { budgetYearCheck, requireDatesInRange } from '../calendar/field-rules';
import type { Queryable } from '../db/connect';
import { isUniqueViolation } from '../db/dialect';
import { Conflict } from '../errors';
import type { FundingStream } from '../packages/model';
import type { CommandContext } from '../performance/command';

export interface Budget {
  fundingStream: FundingStream;
  financialYear: number;
  amountPence: number;
  version: number;
  updatedAt: string;
  updatedBy: number | null;
}

const toBudget = (r: Record<string, unknown>): Budget => ({
  fundingStream: r.funding_stream as FundingStream,
  financialYear: Number(r.financial_year),
  amountPence: Number(r.amount_pence),
  version: Number(r.version),
  updatedAt: new Date(Number(r.updated_at)).toISOString(),
  updatedBy: r.updated_by === null ? null : Number(r.updated_by),
});

export async function budgetsOfYear(db: Queryable, financialYear: number): Promise<Budget[]> {
  const rows: Record<string, unknown>[] = await db('budgets')
    .where({ financial_year: financialYear })
    .select('*');
  return rows.map(toBudget);
}

export interface SetBudgetInput {
  financialYear: number;
  fundingStream: FundingStream;
  amountPence: number;
  /** The version read; absent or 0 to create. */
  version?: number | undefined;
}

function staleVersion(input: SetBudgetInput, current: Budget | undefined): never {
  throw new Conflict(
    'budget-changed',
    current
      ? `The ${input.fundingStream} budget for ${input.financialYear} is at version ${current.version}; reload and try again.`
      : `There is no ${input.fundingStream} budget for ${input.financialYear} to change; send no version to create it.`,
  );
}

export async function setBudget({ db, actor, now }: CommandContext, input: SetBudgetInput): Promise<Budget> {
  requireDatesInRange([budgetYearCheck('params.financialYear', input.financialYear, now)]);
  const key = { funding_stream: input.fundingStream, financial_year: input.financialYear };
  try {
    return await db.transaction(async (trx) => {
      const row = await trx('budgets').where(key).first();
      const before = row ? toBudget(row) : undefined;
      const asked = input.version ?? 0;
      if ((before?.version ?? 0) !== asked) staleVersion(input, before);
      const values = { amount_pence: input.amountPence, updated_at: now, updated_by: actor.userId };
      if (before) {
        const changed = await trx('budgets')
          .where({ ...key, version: asked })
          .update({ ...values, version: asked + 1 });
        if (changed !== 1) staleVersion(input, before);
      } else {
        await trx('budgets').insert({ ...key, ...values, version: 1 });
      }
      const after = toBudget(await trx('budgets').where(key).first());
      await recordAudit(trx, actor, now, {
        action: 'budget.set',
        entityType: 'budget',
        entityId: `${input.fundingStream}:${input.financialYear}`,
        before: before ?? null,
        after,
      });
      return after;
    });
  } catch (err) {
    // Two first writes at once: the second meets the unique key, as a stale version would.
    if (isUniqueViolation(err)) staleVersion(input, undefined);
    throw err;
  }
}
