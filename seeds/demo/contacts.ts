import type { Knex } from 'knex';
import type { DemoProvider } from './providers';

/**
 * Every demo provider gets an offers contact address (src/notifications), so that the demo with
 * SMTP_URL set sends real mail to a relay on the machine. Fictional addresses under the reserved
 * .example domain; a provider that already has contacts (added or removed since) is left alone.
 */
export function demoContactEmail(provider: Pick<DemoProvider, 'name'>): string {
  const slug = provider.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `offers@${slug}.example`;
}

export async function seedContacts(
  trx: Knex.Transaction,
  providers: readonly DemoProvider[],
  ids: Map<string, number>,
  now: number,
): Promise<void> {
  const withContacts = new Set(
    ((await trx('provider_contacts').distinct('provider_id')) as { provider_id: number }[]).map((r) =>
      Number(r.provider_id),
    ),
  );
  const rows = providers
    .map((p) => ({
      provider_id: ids.get(p.key)!,
      email: demoContactEmail(p),
      created_at: now,
      created_by: null,
    }))
    .filter((r) => !withContacts.has(r.provider_id));
  if (rows.length > 0) await trx('provider_contacts').insert(rows);
}
