/** Who may read the framework, and the provider a provider user may see: its own. */
import type { Actor } from '../auth/roles';
import { NotFound } from '../errors';
import type { Services } from '../services';
import type { AgeBasis } from './queries';

/**
 * A provider user sees its own organisation only. Another provider's id answers exactly as a
 * missing one does (404, same text), so ids reveal nothing (README: access rules).
 */
export function scopeToOwnProvider(actor: Actor, providerId: number): void {
  if (actor.role === 'provider' && actor.providerId !== providerId) {
    throw new NotFound('provider-not-found', `No provider ${providerId}.`);
  }
}

/** The capacity figures' clock and staleness threshold, read at each request. */
export function ageBasis({ clock, config }: Services) {
  return (): AgeBasis => ({ now: clock.now(), staleDays: config.allocation.capacityStaleDays });
}
