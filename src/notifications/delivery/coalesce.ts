/**
 * Batches calls that arrive while one is in flight: `run` is called one at a time, each time with every
 * item added since the previous call began, and each caller gets its own item's result. Under load the
 * delivery worker's many small statements (an endpoint read per webhook, an outcome per message) become
 * one statement per batch; when idle, an item waits only for the current microtask to end.
 *
 *   const load = coalescing((ids: number[]) => rowsOf(ids)); // rowsOf returns one result per id, in order
 *   await Promise.all([load(1), load(2)]); // one call of rowsOf([1, 2])
 */
export function coalescing<I, O>(run: (items: I[]) => Promise<O[]>): (item: I) => Promise<O> {
  let waiting: { item: I; resolve: (o: O) => void; reject: (err: unknown) => void }[] = [];
  let busy = false;
  let queued = false;

  function next(): void {
    queued = false;
    if (busy || waiting.length === 0) return;
    busy = true;
    const taken = waiting;
    waiting = [];
    run(taken.map((w) => w.item))
      .then(
        (results) => taken.forEach((w, i) => w.resolve(results[i]!)),
        (err: unknown) => taken.forEach((w) => w.reject(err)),
      )
      .finally(() => {
        busy = false;
        next();
      });
  }

  return (item) =>
    new Promise<O>((resolve, reject) => {
      waiting.push({ item, resolve, reject });
      // Items added in the same turn (a batch's sends starting together) go in one call.
      if (!queued && !busy) {
        queued = true;
        queueMicrotask(next);
      }
    });
}
