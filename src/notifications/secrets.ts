/**
 * Payload fields that are secrets: the token of an invitation's or a password reset's single-use link.
 * The link table keeps only its hash (src/users/links.ts); the outbox needs the token itself until the
 * email has gone, and not a moment longer — once sent (or fanned out, for the event) the stored payload
 * drops it, so neither the database nor the admin's outbox view holds a working link afterwards.
 */
const SECRET_FIELDS: Readonly<Record<string, readonly string[]>> = {
  'account.link': ['token'],
  'account.invitation': ['token'],
  'account.password-reset': ['token'],
};

/** The payload to store once the secret has served (JSON text), or undefined when it holds none. */
export function payloadWithoutSecrets(
  kindOrType: string,
  payload: Record<string, unknown>,
): string | undefined {
  const fields = SECRET_FIELDS[kindOrType];
  if (!fields?.some((field) => field in payload)) return undefined;
  const kept = Object.fromEntries(Object.entries(payload).filter(([key]) => !fields.includes(key)));
  return JSON.stringify(kept);
}
