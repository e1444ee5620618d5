/**
 * A child process of a comparison (./parallel.ts): builds the call's demand, runs the one policy
 * it is given on it, and sends back its result; progress goes to the parent as it runs.
 */
import type { ChildMessage, ChildTask } from './parallel';
import { calibrationReport } from './results/calibration';
import { buildDemand, runOne } from './run-one';

const send = (message: ChildMessage) =>
  new Promise<void>((resolve) => process.send!(message, undefined, undefined, () => resolve()));

process.once('message', (task: ChildTask) => {
  void (async () => {
    try {
      const demand = buildDemand(task.demand);
      const result = await runOne(
        { demand, calibration: calibrationReport(demand) },
        task.job,
        (done, total) => {
          void send({ kind: 'progress', weeksDone: done, weeksTotal: total });
        },
      );
      await send({ kind: 'done', result });
    } catch (err) {
      await send({
        kind: 'failed',
        message: err instanceof Error ? (err.stack ?? err.message) : String(err),
      });
      process.exitCode = 1;
    }
    process.disconnect();
  })();
});
