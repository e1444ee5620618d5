import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOutboxMessage } from '../factories';
import { browserAvailable } from './browser-harness';
import { startJourney, unexpected, type Journey } from './browser-journey';

/**
 * The notification pages in a real browser: a provider user adds an offer contact and chooses a
 * daily summary; the admin reads a message in the outbox and re-sends a dead letter.
 */
describe.skipIf(!browserAvailable())('in a browser: notifications', () => {
  let journey: Journey;
  beforeAll(async () => {
    journey = await startJourney('notifications');
  });
  afterAll(() => journey?.stop());

  it(
    'a provider user adds an offer contact and chooses a daily summary for lost offers',
    { timeout: 120_000 },
    async () => {
      const { app, look, primeId } = journey;
      const { page, blocked, consoleErrors } = await journey.signedIn('provider', primeId);
      await page.getByRole('link', { name: 'Notifications' }).click();
      await look(page, 'provider-notifications');
      await page.getByLabel('Add an offer contact').fill('rota@charnwood.example');
      await page.getByRole('button', { name: 'Add contact' }).click();
      await expect.poll(() => page.locator('main').innerText()).toContain('rota@charnwood.example');
      await page
        .getByRole('group', { name: 'A package awarded to another provider' })
        .getByLabel('In a daily summary')
        .check();
      await page.getByRole('button', { name: 'Save choices' }).click();
      await expect
        .poll(() => page.locator('.govuk-notification-banner').innerText())
        .toContain('Your choices have been saved');
      await look(page, 'provider-notifications-saved');
      const saved = await app.services
        .db('notification_preferences')
        .where({ owner_id: primeId, kind: 'offer.lost' })
        .first();
      expect(saved).toMatchObject({ delivery: 'digest' });

      await page.getByRole('link', { name: 'Webhooks' }).click();
      await look(page, 'provider-webhooks');
      expect(blocked).toEqual([]);
      expect(unexpected(consoleErrors)).toEqual([]);
    },
  );

  it('the admin reads a message in the outbox and re-sends a dead letter', { timeout: 120_000 }, async () => {
    const { app, look, primeId } = journey;
    const now = Date.now();
    await buildOutboxMessage(app.services.db, {
      recipient: 'rota@charnwood.example',
      kind: 'offer.created',
      providerId: primeId,
      subjectId: 9,
      urgent: true,
      payload: {
        packageId: 3,
        zone: { id: 'melton', name: 'Melton' },
        band: 'rural',
        weeklyMinutes: 600,
        visitsPerWeek: 14,
        careType: 'core',
        urgency: 'urgent',
        needs: {
          carerGender: 'any',
          languages: [],
          twoCarers: false,
          specialisms: [],
          support: ['moving-and-handling'],
        },
        wantedStart: '2026-01-12',
        windowEndsAt: now,
      },
      status: 'dead',
      attempts: 12,
      lastError: 'relay refused',
      at: now,
    });
    const { page } = await journey.signedIn('admin');
    await page.getByRole('link', { name: 'Outbox' }).click();
    await look(page, 'admin-outbox');
    await page
      .getByRole('link', { name: /^Email \d+$/ })
      .first()
      .click();
    await expect
      .poll(() => page.locator('h1').innerText())
      .toContain('Urgent offer (Urgent): Melton, 10 hours a week');
    await look(page, 'admin-outbox-message');
    await page.getByRole('button', { name: 'Re-send this dead letter' }).click();
    await expect
      .poll(() => page.locator('.govuk-notification-banner').innerText())
      .toContain('will be sent again');
  });
});
