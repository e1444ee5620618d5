import { parseArgs } from 'node:util';
import { z } from 'zod';
import { setSignIn } from '../auth/commands';
import { findUserByEmail } from '../auth/queries';
import { SYSTEM_ACTOR } from '../auth/roles';
import { loadConfig } from '../config';
import { connect } from '../db/connect';
import { hashPassword, NewPasswordSchema } from '../web/sign-in/passwords';

// npm run user:password -- --user <id> [--email a@b.c]   (the password is read from standard input)
// Sets a user's web sign-in: its email (when given) and a new password, hashed with bcrypt and audited.
// The password never appears on the command line, where other users and the shell history could see it.
const argsSchema = z
  .object({
    user: z.coerce.number().int().positive().optional(),
    email: z.email().optional(),
  })
  .refine((a) => a.user !== undefined || a.email !== undefined, {
    message: 'give --user <id> or --email <address>',
  });

const { values } = parseArgs({ options: { user: { type: 'string' }, email: { type: 'string' } } });
const parsed = argsSchema.safeParse(values);
if (!parsed.success) {
  process.stderr.write(parsed.error.issues.map((i) => i.message).join('\n') + '\n');
  process.exit(2);
}

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('New password (12 characters or more), then Enter: ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    if (process.stdin.isTTY && String(chunk).includes('\n')) break;
  }
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

const config = loadConfig();
const db = connect(config.database);
try {
  const password = NewPasswordSchema.safeParse(await readPassword());
  if (!password.success) throw new Error(password.error.issues[0]!.message);
  const args = parsed.data;
  const userId = args.user ?? (await findUserByEmail(db, args.email!))?.id;
  if (userId === undefined) throw new Error(`No active user with the email ${args.email}`);
  await setSignIn(
    { db, actor: SYSTEM_ACTOR, now: Date.now() },
    {
      userId,
      email: args.user !== undefined ? args.email : undefined,
      passwordHash: await hashPassword(password.data),
    },
  );
  process.stdout.write(`Sign-in set for user ${userId}.\n`);
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
