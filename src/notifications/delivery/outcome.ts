/** What one delivery attempt came to, as a transport reports it. */
export type SendOutcome =
  | { ok: true; responseStatus?: number; latencyMs: number }
  | {
      ok: false;
      /** True when trying again cannot help (an address refused, a request the receiver can never take). */
      permanent: boolean;
      error: string;
      responseStatus?: number;
      latencyMs: number;
    };

/** A message as a transport sends it. */
export interface OutgoingMessage {
  id: number;
  channel: 'email' | 'webhook';
  recipient: string;
  kind: string;
  providerId: number | null;
  userId: number | null;
  endpointId: number | null;
  subjectId: number | null;
  urgent: boolean;
  payload: Record<string, unknown>;
  idempotencyKey: string;
  attempts: number;
  createdAt: number;
}

export interface Transport {
  send(message: OutgoingMessage, now: number): Promise<SendOutcome>;
  close?(): Promise<void>;
}

/** Errors kept short: the outbox shows them, and they must never carry a body or a secret. */
export function shortError(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.replace(/\s+/g, ' ').slice(0, 500);
}

/** Runs `work` with a time limit; the result after the limit is an error (the work may still finish). */
export async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
