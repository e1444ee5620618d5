import { recordAudit } from '../audit/record';
import { londonDate } from '../calendar/dates';
import type { Db } from '../db/connect';
import { isUniqueViolation } from '../db/dialect';
import { Conflict, Invalid, NotFound } from '../errors';
import type { CommandContext } from '../performance/command';
import type { Band } from './bands';
import { describeRateCard, insertRateCard, loadRateCards, type StoredRateCard } from './queries';
import { checkNewRateCard, checkRateCardChange, type RateCardProblem } from './rate-card';

type Trx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface RateCardInput {
  appliesFrom: string;
  label: string;
  ratesPence: Record<Band, number>;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Turns the pure rule's problems into the error the API answers with: a card that would apply
 * today or earlier, or on a date another card has, is a conflict with history (409); anything
 * else is bad input naming the field (400; normally caught by the schema first).
 */
function refuse(problems: RateCardProblem[]): never {
  const dated = problems.filter((p) => p.code === 'not-in-future' || p.code === 'duplicate-date');
  if (dated.length > 0) {
    throw new Conflict(
      dated[0]!.code === 'duplicate-date' ? 'rate-card-date-taken' : 'rate-card-not-in-future',
      `${capitalised(dated.map((p) => p.message).join('; '))}.`,
    );
  }
  throw new Invalid(
    'The rate card is not valid.',
    problems.map((p) => ({
      path: p.code === 'invalid-date' ? 'body.appliesFrom' : 'body.ratesPence',
      message: p.message,
    })),
  );
}

async function loadCard(trx: Trx, id: number) {
  const cards = await loadRateCards(trx);
  const card = cards.find((c) => c.id === id);
  if (!card) throw new NotFound('rate-card-not-found', `No rate card ${id}.`);
  return { card, cards };
}

/** Refuses to touch a card already in force: packages have been priced against it (rate-card.ts). */
function refuseIfInForce(card: StoredRateCard, today: string): void {
  const problem = checkRateCardChange(card, today);
  if (problem)
    throw new Conflict(
      'rate-card-in-force',
      `${capitalised(problem.message)}; add a new card from a future date instead.`,
    );
}

async function conflictOnDuplicateDate<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (isUniqueViolation(err))
      throw new Conflict('rate-card-date-taken', 'A rate card already applies from that date.');
    throw err;
  }
}

/** Adds a card applying from a future date (an annual uplift), audited. */
export async function createRateCard({ db, actor, now }: CommandContext, input: RateCardInput) {
  const today = londonDate(now);
  const proposed = { appliesFrom: input.appliesFrom, label: input.label, rates: input.ratesPence };
  return conflictOnDuplicateDate(
    db.transaction(async (trx) => {
      const problems = checkNewRateCard(await loadRateCards(trx), proposed, today);
      if (problems.length > 0) refuse(problems);
      const id = await insertRateCard(trx, proposed, now, actor.userId);
      const cards = await loadRateCards(trx);
      const created = describeRateCard(
        cards.find((c) => c.id === id)!,
        cards,
        today,
      );
      await recordAudit(trx, actor, now, {
        action: 'rate-card.create',
        entityType: 'rate-card',
        entityId: id,
        after: created,
      });
      return created;
    }),
  );
}

/** Changes a card that has not yet taken effect; a card in force is a 409. */
export async function updateRateCard(
  { db, actor, now }: CommandContext,
  id: number,
  changes: { appliesFrom?: string; label?: string; ratesPence?: Partial<Record<Band, number>> },
) {
  const today = londonDate(now);
  return conflictOnDuplicateDate(
    db.transaction(async (trx) => {
      const { card, cards } = await loadCard(trx, id);
      refuseIfInForce(card, today);
      const proposed = {
        appliesFrom: changes.appliesFrom ?? card.appliesFrom,
        label: changes.label ?? card.label,
        rates: { ...card.rates },
      };
      for (const [band, pence] of Object.entries(changes.ratesPence ?? {})) {
        if (pence !== undefined) proposed.rates[band as Band] = pence;
      }
      const problems = checkNewRateCard(
        cards.filter((c) => c.id !== id),
        proposed,
        today,
      );
      if (problems.length > 0) refuse(problems);
      const before = describeRateCard(card, cards, today);
      await trx('rate_cards')
        .where({ id })
        .update({ applies_from: proposed.appliesFrom, label: proposed.label });
      for (const [band, pence] of Object.entries(proposed.rates)) {
        await trx('rate_card_rates').where({ rate_card_id: id, band }).update({ hourly_rate_pence: pence });
      }
      const updated = await loadRateCards(trx);
      const after = describeRateCard(
        updated.find((c) => c.id === id)!,
        updated,
        today,
      );
      await recordAudit(trx, actor, now, {
        action: 'rate-card.update',
        entityType: 'rate-card',
        entityId: id,
        before,
        after,
      });
      return after;
    }),
  );
}

/** Deletes a card that has not yet taken effect; a card in force is a 409. */
export async function deleteRateCard({ db, actor, now }: CommandContext, id: number): Promise<void> {
  const today = londonDate(now);
  await db.transaction(async (trx) => {
    const { card, cards } = await loadCard(trx, id);
    refuseIfInForce(card, today);
    if (await trx('packages').where({ rate_card_id: id }).first('id')) {
      throw new Conflict(
        'rate-card-in-use',
        `Packages have been priced against rate card ${id}; it cannot be deleted.`,
      );
    }
    const before = describeRateCard(card, cards, today);
    await trx('rate_card_rates').where({ rate_card_id: id }).delete();
    await trx('rate_cards').where({ id }).delete();
    await recordAudit(trx, actor, now, {
      action: 'rate-card.delete',
      entityType: 'rate-card',
      entityId: id,
      before,
    });
  });
}
