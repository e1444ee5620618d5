/**
 * Runs one autocannon load in its own process, so that the load generator does not share the
 * server's event loop (the machine has two cores: one for each). Receives a plan from its parent
 * over IPC, answers with autocannon's result. Loopback only: the parent gives 127.0.0.1 URLs.
 */
import autocannon from 'autocannon';

export interface LoadPlan {
  url: string;
  method: 'GET' | 'POST';
  /** Cycled through, one per request. */
  paths: string[];
  bodies: string[] | null;
  headers: Record<string, string>;
  connections: number;
  /** Seconds; or a fixed number of requests with `amount`. */
  duration?: number;
  amount?: number;
  /** Requests per second over all connections (autocannon's overallRate). */
  overallRate?: number;
}

process.once('message', async (plan: LoadPlan) => {
  if (!plan.url.startsWith('http://127.0.0.1:')) throw new Error('loopback only');
  let next = 0;
  const result = await autocannon({
    url: plan.url,
    connections: plan.connections,
    ...(plan.amount !== undefined ? { amount: plan.amount } : { duration: plan.duration ?? 10 }),
    ...(plan.overallRate !== undefined ? { overallRate: plan.overallRate } : {}),
    timeout: 10,
    requests: [
      {
        method: plan.method,
        headers: { ...plan.headers, ...(plan.bodies ? { 'content-type': 'application/json' } : {}) },
        setupRequest: (request) => {
          const i = next++;
          return {
            ...request,
            path: plan.paths[i % plan.paths.length],
            ...(plan.bodies ? { body: plan.bodies[i % plan.bodies.length] } : {}),
          };
        },
      },
    ],
  });
  process.send!(result, () => process.exit(0));
});
