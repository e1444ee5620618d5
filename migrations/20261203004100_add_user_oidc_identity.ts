import type { Knex } from 'knex';

// Staff who sign in through the council's OpenID Connect provider are matched by the provider's
// issuer and their subject there (never by email, which a provider may let users change). A user
// has either both or neither; each (issuer, subject) belongs to one user.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (t) => {
    t.string('oidc_issuer', 500).nullable();
    t.string('oidc_subject', 255).nullable();
    t.unique(['oidc_issuer', 'oidc_subject'], { indexName: 'users_oidc_identity_unique' });
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (t) => {
    t.dropUnique(['oidc_issuer', 'oidc_subject'], 'users_oidc_identity_unique');
    t.dropColumn('oidc_subject');
    t.dropColumn('oidc_issuer');
  });
}
