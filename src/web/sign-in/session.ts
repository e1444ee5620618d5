import type { Request } from 'express';

/**
 * Starts a fresh session for the user (a new id: no session fixation), then saves it before the
 * caller redirects. A single sign-on keeps the provider's ID token, to end the provider's session
 * too at sign-out.
 */
export function startSession(
  req: Request,
  signIn: { userId: number; idToken?: string; at: number; mustEnrol?: boolean },
): Promise<void> {
  return new Promise((resolve, reject) => {
    req.session.regenerate((err) => {
      if (err) return reject(err);
      req.session.userId = signIn.userId;
      req.session.signedInAt = signIn.at;
      if (signIn.mustEnrol) req.session.mustEnrol = true;
      const agent = req.get('user-agent');
      if (agent) req.session.userAgent = agent.slice(0, 200);
      if (signIn.idToken) req.session.idToken = signIn.idToken;
      req.session.save((saveErr) => (saveErr ? reject(saveErr) : resolve()));
    });
  });
}
