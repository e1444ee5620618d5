import type * as OpenId from 'openid-client';
import type { OidcConfig } from '../../config-sign-in';

/** What the browser's session keeps between the redirect to the provider and the callback. */
export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  startedAt: number;
  next?: string;
}

/** The provider's answer, checked: its issuer, the ID token's claims, the ID token itself (for sign-out). */
export interface CompletedSignIn {
  issuer: string;
  claims: Record<string, unknown>;
  idToken: string | undefined;
}

// Plain http is allowed only for a provider on this machine (tests, local development).
const isLoopbackHttp = (url: URL) =>
  url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);

/**
 * `openid-client` (and jose under it), loaded on the first sign-in rather than with the server: ~5 MB
 * of resident memory that a deployment without single sign-on never uses.
 */
const openIdClient = () => import('openid-client');

/**
 * The council's OpenID Connect provider through `openid-client`: discovery on first use (kept for
 * the life of the process, and tried again after a failure), then the authorisation code flow with
 * PKCE, state and nonce. Nothing about a user's sign-in is kept here: the caller keeps the pending
 * sign-in in the web session, which lives in the database, so any instance can take the callback.
 */
export function oidcClient(config: OidcConfig) {
  let discovered: Promise<OpenId.Configuration> | undefined;
  function configuration(): Promise<OpenId.Configuration> {
    if (!discovered) {
      const issuer = new URL(config.issuerUrl);
      discovered = openIdClient()
        .then((client) =>
          client.discovery(
            issuer,
            config.clientId,
            config.clientSecret,
            config.clientSecret ? client.ClientSecretPost(config.clientSecret) : client.None(),
            isLoopbackHttp(issuer) ? { execute: [client.allowInsecureRequests] } : undefined,
          ),
        )
        .catch((err: unknown) => {
          discovered = undefined;
          throw err;
        });
    }
    return discovered;
  }

  return {
    /** Where to send the browser, and what to keep until it comes back. */
    async start(now: number, next?: string): Promise<{ url: string; pending: PendingSignIn }> {
      const client = await openIdClient();
      const codeVerifier = client.randomPKCECodeVerifier();
      const pending: PendingSignIn = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier,
        startedAt: now,
        ...(next ? { next } : {}),
      };
      const url = client.buildAuthorizationUrl(await configuration(), {
        redirect_uri: config.redirectUrl,
        scope: config.scopes,
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state: pending.state,
        nonce: pending.nonce,
      });
      return { url: url.href, pending };
    },

    /**
     * Exchanges the code in the callback's query for tokens and validates the ID token (signature,
     * issuer, audience, expiry, nonce); the state must be the one this browser was sent with.
     */
    async finish(callbackQuery: string, pending: PendingSignIn): Promise<CompletedSignIn> {
      const client = await openIdClient();
      const configuration_ = await configuration();
      const current = new URL(config.redirectUrl);
      current.search = callbackQuery;
      const tokens = await client.authorizationCodeGrant(configuration_, current, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      return {
        issuer: configuration_.serverMetadata().issuer,
        claims: { ...tokens.claims() },
        idToken: tokens.id_token,
      };
    },

    /** The provider's sign-out page, when it has one (end_session_endpoint); else undefined. */
    async endSessionUrl(idToken: string | undefined): Promise<string | undefined> {
      const client = await openIdClient();
      const returnTo = new URL('/sign-in?signed-out', config.redirectUrl).href;
      const configuration_ = await configuration();
      if (!configuration_.serverMetadata().end_session_endpoint) return undefined;
      return client.buildEndSessionUrl(configuration_, {
        post_logout_redirect_uri: returnTo,
        client_id: config.clientId,
        ...(idToken ? { id_token_hint: idToken } : {}),
      }).href;
    },
  };
}

export type OidcClient = ReturnType<typeof oidcClient>;
