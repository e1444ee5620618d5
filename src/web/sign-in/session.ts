import type { Request } from 'express';
import { saveSession } from '../session/session';

/**
 * Starts a fresh session for the user (a new id: no session fixation), then saves it before the
 * caller redirects. A single sign-on keeps the provider's ID token, to end the provider's session
 * too at sign-out.
 */
export async function startSession(
  req: Request,
  signIn: { userId: number; idToken?: string; at: number; mustEnrol?: boolean },
): Promise<void> {
  await new Promise<void>((resolve, reject) =>
    req.session.regenerate((err) => (err ? reject(err) : resolve())),
  );
  req.session.userId = signIn.userId;
  req.session.signedInAt = signIn.at;
  if (signIn.mustEnrol) req.session.mustEnrol = true;
  const agent = req.get('user-agent');
  if (agent) req.session.userAgent = agent.slice(0, 200);
  if (signIn.idToken) req.session.idToken = signIn.idToken;
  await saveSession(req);
}
