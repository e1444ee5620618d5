/**
 * The admission messages (docs/specification/providers-and-framework.md §4.15): a round opened, to
 * the offer contacts of every provider that may apply; an application received, to commissioners;
 * a decision or going live, to the applicant's own users (a new organisation has no offer contacts
 * yet, but it has the user it was invited with).
 */
import type { OutboxEvent } from './outbox/events';

export type AdmissionEvent =
  | {
      type: 'admission.round-opened';
      round: { id: number; title: string; closesOn: string | null };
      providerIds: number[];
    }
  | {
      type: 'admission.application-received';
      applicationId: number;
      provider: { id: number; name: string };
      what: string;
    }
  | {
      type: 'admission.decided';
      applicationId: number;
      providerId: number;
      outcome: 'accepted' | 'rejected' | 'active';
      what: string;
      comment: string | null;
    };

export function isAdmissionEvent(event: { type: string }): event is AdmissionEvent {
  return event.type.startsWith('admission.');
}

export function describeAdmission(event: AdmissionEvent, now: number): OutboxEvent {
  switch (event.type) {
    case 'admission.round-opened':
      return {
        type: event.type,
        payload: { round: event.round },
        messages: [
          {
            kind: 'admission.round-opened',
            urgent: false,
            to: { providers: { providerIds: event.providerIds, subjectId: event.round.id } },
          },
        ],
      };
    case 'admission.application-received':
      return {
        type: event.type,
        payload: { applicationId: event.applicationId, provider: event.provider, what: event.what },
        messages: [
          {
            kind: 'admission.application-received',
            urgent: false,
            to: {
              users: { roles: ['commissioner'] },
              subjectId: event.applicationId,
              key: String(event.applicationId),
            },
          },
        ],
      };
    case 'admission.decided':
      return {
        type: event.type,
        payload: {
          applicationId: event.applicationId,
          outcome: event.outcome,
          what: event.what,
          comment: event.comment,
        },
        messages: [
          {
            kind: 'admission.decision',
            urgent: false,
            to: {
              users: { providerId: event.providerId },
              subjectId: event.applicationId,
              key: `${event.applicationId}:${event.outcome}:${now}`,
            },
          },
        ],
      };
  }
}
