import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A mail as the SMTP server received it: envelope, headers and the decoded text. */
export interface ReceivedMail {
  to: string[];
  messageId: string;
  subject: string;
  text: string;
  raw: string;
  receivedAt: number;
}

export interface SmtpSink {
  port: number;
  url: string;
  mails: ReceivedMail[];
  /** While true, every message is refused with 451 (a relay that is down for a while). */
  failing: boolean;
  /**
   * Holds every message's answer until the returned release is called (a slow relay): a test can
   * keep a worker's claimed batch in flight while it watches what the other workers claim.
   */
  hold(): () => void;
  close(): Promise<void>;
}

/** Quoted-printable soft line breaks and =XX escapes, as nodemailer writes non-ASCII text. */
function decodeQuotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

function parseMail(raw: string, to: string[]): ReceivedMail {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(headers)?.[1]?.trim() ?? '';
  const body = rest.join('\n\n');
  const text = /quoted-printable/i.test(header('Content-Transfer-Encoding'))
    ? decodeQuotedPrintable(body)
    : body;
  return {
    to,
    messageId: header('Message-ID'),
    subject: header('Subject'),
    text,
    raw,
    receivedAt: Date.now(),
  };
}

/** A real SMTP server on a loopback port (the `smtp-server` package), without authentication or TLS. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const mails: ReceivedMail[] = [];
  const sink = { failing: false } as SmtpSink;
  let held: Promise<void> = Promise.resolve();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => void held.then(() => answer()));
      const answer = () => {
        if (sink.failing) {
          const err = new Error('Try again later') as Error & { responseCode: number };
          err.responseCode = 451;
          return callback(err);
        }
        mails.push(
          parseMail(
            Buffer.concat(chunks).toString('utf8'),
            session.envelope.rcptTo.map((r) => r.address),
          ),
        );
        callback();
      };
    },
  });
  // A sender killed mid-connection (the crash proofs do it; pooled connections make it likely)
  // resets its socket: a real relay logs that and carries on serving the others, so does this one.
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') throw error;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return Object.assign(sink, {
    port,
    url: `smtp://127.0.0.1:${port}`,
    mails,
    hold() {
      let release = () => {};
      held = new Promise<void>((resolve) => (release = resolve));
      return () => {
        held = Promise.resolve();
        release();
      };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface HttpSink {
  url: string;
  requests: ReceivedRequest[];
  /** The answer to the next requests (status and JSON body), or a function of the request. */
  respond: (request: ReceivedRequest) => { status: number; body?: unknown };
  close(): Promise<void>;
}

/** An HTTP server on a loopback port that records every request and answers as told. */
export async function startHttpSink(): Promise<HttpSink> {
  const sink = { requests: [] as ReceivedRequest[], respond: () => ({ status: 204 }) } as unknown as HttpSink;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      sink.requests.push(request);
      const answer = sink.respond(request);
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  sink.url = `http://127.0.0.1:${port}`;
  sink.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return sink;
}

/** Waits until `check` is true, polling; fails with `what` after `ms`. */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  what: string,
  ms = 5_000,
): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > ms) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return Date.now() - started;
}
