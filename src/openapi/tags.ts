/**
 * The document's tags, each with the description shown above its group in /docs. A route names
 * its tags from this list (the type checks it), so no operation carries an undeclared tag.
 */
export const API_TAGS = {
  health: 'Liveness and database reachability, for load balancers and monitoring.',
  users: 'Users of the service and their API tokens.',
  audit: 'The audit trail: every state change, who made it and when.',
  packages: 'Care packages from intake to end: locate, price, broker, start, hand back, cancel or end.',
  allocation: 'Brokerage of packages to providers: the queue, the sweep and why a package went where it did.',
  offers: "A provider's offers and its answers to them.",
  performance:
    'Pick-up and response KPIs, quality scores, quality evidence and the promotion/demotion review.',
  visits:
    "Visit records from electronic call monitoring: uploads by file or batch, visit KPIs and a package's planned against actual visits.",
  providers: 'The open framework: providers, their status and their role in each zone.',
  capacity: 'Weekly hours each provider declares it can take now, per zone.',
  needs:
    'What each provider declares it can meet per zone (specialisms, languages, two carers, gender), and the countywide specialist list.',
  admission:
    'Admission rounds to the open framework, applications and decisions, and the post-award checks before a provider goes active.',
  coverage: "Each zone's framework against its minimum numbers of providers.",
  pricing: 'Rate cards per price band, negotiated package rates, quotes and the cost model.',
  payments:
    'Payments per package and provider for a period (JSON or CSV for the payments system), and budgets against committed cost.',
  privacy: "Data-protection requests: erasure of a service user's reference and location.",
  reports: "Commissioners' coverage and provider reports, as JSON, CSV or GeoJSON.",
  zones: 'The 14 zones and their areas, the area layer in force, and locating a place.',
  notifications: "Offer contacts, each user's and provider's message choices, and the admin outbox.",
  webhooks: "A provider's webhook endpoints (Standard Webhooks signatures) and their deliveries.",
} as const;

export type ApiTag = keyof typeof API_TAGS;
