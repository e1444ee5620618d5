import { onTestFinished } from 'vitest';
import { buildProvider } from '../factories';
import { notificationsFrom } from '../notifications/fixtures';
import { startSmtpSink, waitFor, type ReceivedMail, type SmtpSink } from '../notifications/servers';
import { createWebTestContext, type WebTestContext } from '../web/helpers';

/** A web test context whose email goes to a real SMTP server on the machine, delivered right after each commit. */
export async function accountsCase(
  smtp: SmtpSink,
): Promise<{ ctx: WebTestContext; providerId: number; otherProviderId: number }> {
  const notifications = notificationsFrom({ SMTP_URL: smtp.url, OUTBOX_DELIVER_AFTER_COMMIT: 'true' });
  const ctx = await createWebTestContext({ config: { notifications } });
  onTestFinished(async () => {
    await ctx.services.outbox.stop();
    await ctx.destroy();
  });
  const providerId = await buildProvider(ctx.services.db, { name: 'Soar Valley Care' });
  const otherProviderId = await buildProvider(ctx.services.db, { name: 'Wreake Homecare' });
  return { ctx, providerId, otherProviderId };
}

export { startSmtpSink, type SmtpSink };

/** The one mail to `address` (waiting for it), and the path of the link in it. */
export async function mailTo(smtp: SmtpSink, address: string): Promise<{ mail: ReceivedMail; path: string }> {
  await waitFor(() => smtp.mails.some((m) => m.to.includes(address)), `an email to ${address}`);
  const mail = smtp.mails.filter((m) => m.to.includes(address)).at(-1)!;
  const link = /(?:Choose your password|Choose a new password): (\S+)/.exec(mail.text)?.[1];
  if (!link) throw new Error(`no link in the email:\n${mail.text}`);
  const url = new URL(link);
  return { mail, path: url.pathname + url.search };
}
