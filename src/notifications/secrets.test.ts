import { describe, expect, it } from 'vitest';
import { renderEmail } from './render/email';
import { payloadWithoutSecrets } from './secrets';

describe('secrets in the outbox', () => {
  it('drops a link token from account messages and their event, and leaves other payloads alone', () => {
    const payload = { token: 'secret-token', expiresAt: 1 };
    expect(payloadWithoutSecrets('account.invitation', payload)).toBe('{"expiresAt":1}');
    expect(payloadWithoutSecrets('account.link', payload)).toBe('{"expiresAt":1}');
    expect(payloadWithoutSecrets('account.password-reset', { expiresAt: 1 })).toBeUndefined();
    expect(payloadWithoutSecrets('offer.created', { token: 'not a secret here' })).toBeUndefined();
  });

  it('renders a sent account email without a working link', () => {
    const sent = { kind: 'account.invitation', payload: { expiresAt: 1 }, subjectId: 1, urgent: false };
    const email = renderEmail(sent, 'https://brokerage.example');
    expect(email.body).toContain('https://brokerage.example/sign-in/forgot');
    expect(email.body).not.toContain('token=');
  });
});
