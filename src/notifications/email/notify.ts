import type { NotifyClient } from 'notifications-node-client';
import { renderEmail } from '../render/email';
import {
  shortError,
  withTimeout,
  type OutgoingMessage,
  type SendOutcome,
  type Transport,
} from '../delivery/outcome';

interface NotifyOptions {
  apiKey: string;
  /** The API's base URL: GOV.UK Notify's own by default; tests point it at a local server. */
  baseUrl?: string;
  /** The template of every kind without its own. */
  templateId: string;
  templates: Record<string, string>;
  publicBaseUrl: string;
  timeoutMs: number;
}

/**
 * Email through GOV.UK Notify (NOTIFY_API_KEY): POST /v2/notifications/email with the template of the
 * message's kind, its text as personalisation fields, and the outbox's idempotency key as `reference`.
 */
export function notifyTransport(options: NotifyOptions): Transport {
  // Loaded on the first message, not with the server: the client and axios under it cost ~11 MB of
  // resident memory that a deployment mailing through SMTP, or not at all, never uses.
  let client: Promise<NotifyClient> | undefined;
  const connected = () =>
    (client ??= import('notifications-node-client').then(({ NotifyClient }) =>
      options.baseUrl ? new NotifyClient(options.baseUrl, options.apiKey) : new NotifyClient(options.apiKey),
    ));
  return {
    async send(message: OutgoingMessage): Promise<SendOutcome> {
      const started = Date.now();
      const rendered = renderEmail(message, options.publicBaseUrl);
      try {
        const response = await withTimeout(
          (await connected()).sendEmail(
            options.templates[message.kind] ?? options.templateId,
            message.recipient,
            {
              personalisation: rendered.personalisation,
              reference: message.idempotencyKey,
            },
          ),
          options.timeoutMs,
          'GOV.UK Notify',
        );
        return { ok: true, responseStatus: response.status, latencyMs: Date.now() - started };
      } catch (err) {
        const response = (err as { response?: { status?: number; data?: unknown } }).response;
        const status = response?.status;
        // 400 (bad request, e.g. an address Notify will never accept) and 403 (the key) do not mend by waiting.
        const permanent = status === 400 || status === 403;
        const detail = response?.data ? `${status}: ${JSON.stringify(response.data)}` : shortError(err);
        return {
          ok: false,
          permanent,
          error: detail.slice(0, 500),
          responseStatus: status,
          latencyMs: Date.now() - started,
        };
      }
    },
  };
}
