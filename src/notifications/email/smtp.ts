import type { Transporter } from 'nodemailer';
import { renderEmail } from '../render/email';
import { shortError, type OutgoingMessage, type SendOutcome, type Transport } from '../delivery/outcome';

/**
 * Email through the council's own relay (SMTP_URL). The Message-ID is derived from the outbox's
 * idempotency key, so a message sent again after a crash carries the same Message-ID and a mail
 * system can recognise the duplicate.
 */
export function smtpTransport(options: {
  url: string;
  from: string;
  baseUrl: string;
  timeoutMs: number;
  verifyTls: boolean;
}): Transport {
  // Host, port, TLS and credentials from the URL. A relay offering STARTTLS on smtp:// is used with it;
  // outside production its certificate may be self-signed (a relay on the same machine).
  const url = new URL(options.url);
  // Pooled: up to 20 connections kept open and reused, not a connection (and its greeting) per message.
  // nodemailer is loaded on the first message, not with the server: ~9 MB of resident memory that a
  // deployment mailing through GOV.UK Notify, or not at all, never uses.
  let transporter: Promise<Transporter> | undefined;
  const connected = () =>
    (transporter ??= import('nodemailer').then(({ default: nodemailer }) =>
      nodemailer.createTransport({
        pool: true,
        maxConnections: 20,
        host: url.hostname,
        port: url.port ? Number(url.port) : undefined,
        secure: url.protocol === 'smtps:',
        auth: url.username
          ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
          : undefined,
        connectionTimeout: options.timeoutMs,
        greetingTimeout: options.timeoutMs,
        socketTimeout: options.timeoutMs * 2,
        tls: { rejectUnauthorized: options.verifyTls },
      }),
    ));
  const domain = new URL(options.baseUrl).hostname || 'localhost';
  return {
    async send(message: OutgoingMessage): Promise<SendOutcome> {
      const started = Date.now();
      const rendered = renderEmail(message, options.baseUrl);
      try {
        await (
          await connected()
        ).sendMail({
          from: options.from,
          to: message.recipient,
          subject: rendered.subject,
          text: rendered.body,
          messageId: messageIdOf(message.idempotencyKey, domain),
          headers: { 'X-Idempotency-Key': message.idempotencyKey },
        });
        return { ok: true, latencyMs: Date.now() - started };
      } catch (err) {
        const code = (err as { responseCode?: number }).responseCode;
        // 5xx: the relay refused this message for good (an address it will never take); anything else may pass later.
        const permanent = typeof code === 'number' && code >= 500 && code < 600;
        return {
          ok: false,
          permanent,
          error: shortError(err),
          responseStatus: code,
          latencyMs: Date.now() - started,
        };
      }
    },
    async close() {
      (await transporter)?.close();
    },
  };
}

/** '<offer.created.c.5.3@host>': the idempotency key as a Message-ID (a colon may not stand in one). */
export function messageIdOf(idempotencyKey: string, domain: string): string {
  return `<hcfl.${idempotencyKey.replace(/[^A-Za-z0-9.-]/g, '.')}@${domain}>`;
}
