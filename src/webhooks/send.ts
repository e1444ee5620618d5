import http from 'node:http';
import https from 'node:https';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';
import { Webhook } from 'standardwebhooks';
import { shortError, type SendOutcome } from '../notifications/delivery/outcome';
import { endpointUrlRefusal } from './url-policy';

export interface WebhookSender {
  post(request: WebhookRequest): Promise<SendOutcome>;
}

export interface WebhookRequest {
  url: string;
  secret: string;
  /** The outbox's idempotency key: the same on every attempt, so a receiver can drop a repeat. */
  messageId: string;
  body: string;
}

/**
 * Delivers signed webhooks as the Standard Webhooks specification says: `webhook-id`,
 * `webhook-timestamp` and `webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, signed
 * by the `standardwebhooks` package, whose verifier is what a receiver runs. Guarded against
 * server-side request forgery: the agents refuse private, loopback and link-local addresses after DNS
 * resolution (outside production, loopback is allowed), with a short timeout and a cap on the answer read.
 */
export function webhookSender(options: {
  production: boolean;
  timeoutMs: number;
  maxResponseBytes: number;
}): WebhookSender {
  const filter = {
    allowPrivateIPAddress: false,
    allowIPAddressList: options.production ? [] : ['127.0.0.0/8', '::1/128'],
    // Connections are kept and reused for the next deliveries to the same receiver (the address was
    // checked when the connection was made).
    keepAlive: true,
  };
  const agents = {
    http: new RequestFilteringHttpAgent(filter),
    https: new RequestFilteringHttpsAgent(filter),
  };
  return {
    async post(request) {
      const started = Date.now();
      const refusal = endpointUrlRefusal(request.url, { production: options.production });
      if (refusal) return { ok: false, permanent: true, error: `URL ${refusal}`, latencyMs: 0 };
      // The receiver checks the timestamp against its own clock (replay protection): always the real time,
      // even when the service runs on a test clock.
      const timestamp = new Date(Math.floor(Date.now() / 1000) * 1000);
      const headers = {
        'content-type': 'application/json',
        'user-agent': 'HCfL-Webhooks/1',
        'webhook-id': request.messageId,
        'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
        'webhook-signature': new Webhook(request.secret).sign(request.messageId, timestamp, request.body),
      };
      try {
        const status = await postRetryingStale({ ...request, headers, agents, ...options });
        const latencyMs = Date.now() - started;
        if (status >= 200 && status < 300) return { ok: true, responseStatus: status, latencyMs };
        return {
          ok: false,
          permanent: false,
          error: `answered ${status}`,
          responseStatus: status,
          latencyMs,
        };
      } catch (err) {
        return { ok: false, permanent: false, error: shortError(err), latencyMs: Date.now() - started };
      }
    },
  };
}

interface PostRequest {
  url: string;
  body: string;
  headers: Record<string, string>;
  agents: { http: http.Agent; https: https.Agent };
  timeoutMs: number;
  maxResponseBytes: number;
}

/**
 * A kept connection the receiver closed while it sat idle fails as it is reused; the request is then
 * made once more on a new connection (as Node's documentation advises, `request.reusedSocket`) rather
 * than counted as the receiver's failure.
 */
async function postRetryingStale(request: PostRequest): Promise<number> {
  try {
    return await postOnce(request);
  } catch (err) {
    if (!(err as { staleConnection?: boolean }).staleConnection) throw err;
    return postOnce(request);
  }
}

function postOnce(request: PostRequest): Promise<number> {
  const url = new URL(request.url);
  const transport = url.protocol === 'https:' ? https : http;
  const agent = url.protocol === 'https:' ? request.agents.https : request.agents.http;
  return new Promise((resolve, reject) => {
    // `timer` is set once the request exists (below), so a request that throws as it is made (the
    // executor rejects) leaves no timer behind to touch it; `done` runs only from its events, later.
    const done = (settle: () => void) => {
      clearTimeout(timer);
      settle();
    };
    const req = transport.request(
      url,
      {
        method: 'POST',
        agent,
        headers: { ...request.headers, 'content-length': Buffer.byteLength(request.body) },
      },
      (res) => {
        let read = 0;
        // Only the status matters; the answer is read up to the cap and then dropped.
        res.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > request.maxResponseBytes) res.destroy();
        });
        res.on('close', () => done(() => resolve(res.statusCode ?? 0)));
        res.on('error', () => done(() => resolve(res.statusCode ?? 0)));
      },
    );
    // One limit for the whole exchange (connect, send, answer), not per idle socket.
    const timer = setTimeout(
      () => req.destroy(new Error(`no answer within ${request.timeoutMs} ms`)),
      request.timeoutMs,
    );
    req.on('error', (err) => {
      const stale = req.reusedSocket && (err as NodeJS.ErrnoException).code === 'ECONNRESET';
      done(() => reject(Object.assign(err, { staleConnection: stale })));
    });
    req.end(request.body);
  });
}
