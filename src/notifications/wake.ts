import type { Knex } from 'knex';

/**
 * The after-commit kick of the delivery worker. The worker of a database registers here (the
 * composition root does, src/services.ts); `wakeAfterCommit` runs it once the transaction that wrote
 * messages has committed, so a new offer's email leaves within seconds, not at the next scheduled run.
 * Keyed by the connection settings, which a database handle and its transactions share (as
 * src/notifications/zone-names.ts does); a rolled-back transaction wakes nobody.
 */
const wakers = new WeakMap<object, () => void>();

export function setOutboxWaker(db: Knex, wake: () => void): void {
  wakers.set(db.client.config as object, wake);
}

export function wakeAfterCommit(trx: Knex | Knex.Transaction): void {
  const wake = wakers.get(trx.client.config as object);
  if (!wake) return;
  const done = (trx as Knex.Transaction).executionPromise;
  if (!done) {
    wake();
    return;
  }
  done.then(wake, () => undefined);
}
