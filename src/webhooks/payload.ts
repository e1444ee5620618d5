/**
 * The JSON document a webhook delivery carries, in the shape the Standard Webhooks specification
 * recommends ({ type, timestamp, data }): ids and links, the facts a rostering system decides on, and
 * nothing that identifies the person (no reference, postcode or coordinates).
 */
import type { RenderableMessage } from '../notifications/render/email';

export interface WebhookDocument {
  type: string;
  timestamp: string;
  data: Record<string, unknown>;
}

const iso = (ms: unknown) => (typeof ms === 'number' ? new Date(ms).toISOString() : null);

/** The offer facts of a payload (PackageFacts and the window), as a webhook carries them. */
function offerData(p: Record<string, unknown>) {
  return {
    packageId: p.packageId,
    zone: p.zone,
    band: p.band,
    weeklyHours: Number(p.weeklyMinutes) / 60,
    visitsPerWeek: p.visitsPerWeek,
    fundingStream: p.fundingStream,
    // Derived from the funding stream; kept for receivers written before it.
    careType: p.careType,
    urgency: p.urgency,
    needs: p.needs,
    wantedStart: p.wantedStart,
  };
}

export function webhookDocument(
  message: RenderableMessage,
  baseUrl: string,
  createdAt: number,
): WebhookDocument {
  const p = message.payload;
  const offerId = message.subjectId;
  const offerLinks = {
    offer: `${baseUrl}/my/offers/${offerId}`,
    accept: `${baseUrl}/offers/${offerId}/accept`,
    decline: `${baseUrl}/offers/${offerId}/decline`,
  };
  const packageLink = { package: `${baseUrl}/packages/${String(p.packageId)}` };
  const data: Record<string, () => Record<string, unknown>> = {
    'offer.created': () => ({
      offerId,
      ...offerData(p),
      windowEndsAt: iso(p.windowEndsAt),
      links: offerLinks,
    }),
    'offer.withdrawn': () => ({ offerId, packageId: p.packageId }),
    'offer.lost': () => ({ offerId, packageId: p.packageId }),
    'offer.won': () => ({ offerId, packageId: p.packageId, agreedStart: p.agreedStart, links: packageLink }),
    'package.awarded': () => ({
      packageId: p.packageId,
      offerId,
      agreedStart: p.agreedStart,
      links: packageLink,
    }),
    'package.handback.accepted': () => ({ packageId: p.packageId, noticeDate: p.noticeDate }),
    'capacity.stale': () => ({
      zone: p.zone,
      declarationId: message.subjectId,
      declaredAt: iso(p.declaredAt),
      staleDays: p.staleDays,
      links: { capacity: `${baseUrl}/providers/${String(p.providerId)}/capacity` },
    }),
  };
  const build = data[message.kind];
  if (!build) throw new Error(`No webhook document for events of type ${message.kind}`);
  return { type: message.kind, timestamp: new Date(createdAt).toISOString(), data: build() };
}
