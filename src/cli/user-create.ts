import { parseArgs } from 'node:util';
import { z } from 'zod';
import { recordAudit } from '../audit/record';
import { insertUser, issueToken } from '../auth/queries';
import { USER_ROLES, SYSTEM_ACTOR } from '../auth/roles';
import { loadConfig } from '../config';
import { connect } from '../db/connect';

// npm run user:create -- --role officer --name "A. Officer" [--provider <id> [--provider-admin]] [--email a@b.c]
const argsSchema = z
  .object({
    role: z.enum(USER_ROLES),
    name: z.string().trim().min(1).max(200),
    provider: z.coerce.number().int().positive().optional(),
    email: z.email().optional(),
    'provider-admin': z.boolean().optional(),
  })
  .refine((a) => (a.role === 'provider') === (a.provider !== undefined), {
    message: '--provider <id> is required for the provider role and only for it',
    path: ['provider'],
  });

const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    name: { type: 'string' },
    provider: { type: 'string' },
    email: { type: 'string' },
    'provider-admin': { type: 'boolean' },
  },
});
const parsed = argsSchema.safeParse(values);
if (!parsed.success) {
  process.stderr.write(
    parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n') + '\n',
  );
  process.exit(2);
}
const args = parsed.data;
const config = loadConfig();
const db = connect(config.database);
try {
  const now = Date.now();
  const token = await db.transaction(async (trx) => {
    if (args.provider !== undefined && !(await trx('providers').where({ id: args.provider }).first('id'))) {
      throw new Error(`No provider with id ${args.provider}`);
    }
    const user = await insertUser(
      trx,
      {
        name: args.name,
        role: args.role,
        providerId: args.provider ?? null,
        email: args.email,
        providerAdmin: args.role === 'provider' && args['provider-admin'] === true,
      },
      now,
    );
    await recordAudit(trx, SYSTEM_ACTOR, now, {
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      after: user,
    });
    return (await issueToken(trx, { userId: user.id, label: 'cli', ttlDays: config.tokenTtlDays }, now))
      .token;
  });
  process.stdout.write(`Created ${args.role} "${args.name}". API token (shown once):\n${token}\n`);
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
