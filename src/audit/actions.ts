/**
 * Every action the audit trail records, as lists so that they can be shown and checked. An audit
 * row about a package takes a package action: the package history page
 * (src/web/staff/package-history.ts) labels each of them, and the compiler refuses a new one
 * without a label.
 */
export const PACKAGE_AUDIT_ACTIONS = [
  'package.create',
  'package.edit',
  'package.band-override',
  'round.open',
  'offer.accept',
  'offer.decline',
  'package.award',
  'package.unplaced',
  'package.escalate',
  'package.widen',
  'package.cancel',
  'package.start',
  'package.end',
  'package.hand-back',
  'package.hand-back.decide',
  'package.rebroker',
  'package.notice-ended',
  'package.funding-review',
  'package.negotiated-rate',
  'package.anonymise',
  'package.import',
] as const;

/** Actions on everything else: users, providers, performance, prices, layers, erasure, notifications. */
export const OTHER_AUDIT_ACTIONS = [
  'user.create',
  'user.sign-in.set',
  'user.role.change',
  'user.invite',
  'user.deactivate',
  'user.reactivate',
  'user.provider-admin.change',
  'user.password.set',
  'user.password-reset.request',
  'user.sessions.end',
  'user.totp.enable',
  'token.issue',
  'token.revoke-all',
  'provider.admit',
  'provider.update',
  'provider.zone-role.set',
  'provider.zone-role.remove',
  'provider.capacity.declare',
  'provider.needs.declare',
  'specialist.appoint',
  'specialist.remove',
  'provider.cqc-rating',
  'cqc-rating.record',
  'cqc-import.apply',
  'visit-import.apply',
  'caseload-import.apply',
  'baseline-import.apply',
  'provider.exit',
  'quality-evidence.record',
  'quality-evidence.withdraw',
  'quality-evidence.anonymise',
  'score-run.create',
  'kpi-aggregates.rebuild',
  'visit-aggregates.rebuild',
  'provider-risk.run',
  'provider-risk.override',
  'review-flag.raise',
  'review-flag.confirm',
  'review-flag.dismiss',
  'rate-card.create',
  'rate-card.update',
  'rate-card.delete',
  'rag-target.set',
  'budget.set',
  'area-layer.store',
  'erasure.fulfil',
  'provider.contact.add',
  'provider.contact.remove',
  'notification.preferences',
  'outbox.resend',
  'webhook.register',
  'webhook.remove',
  'webhook.disable',
  'webhook.replay',
  'admission.round.open',
  'admission.applicant.register',
  'admission.application.submit',
  'admission.application.decide',
  'readiness.item.add',
  'readiness.check.record',
  'provider.activate',
] as const;

export const AUDIT_ACTIONS = [...PACKAGE_AUDIT_ACTIONS, ...OTHER_AUDIT_ACTIONS] as const;

export type PackageAuditAction = (typeof PACKAGE_AUDIT_ACTIONS)[number];
export type OtherAuditAction = (typeof OTHER_AUDIT_ACTIONS)[number];
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The kinds of record an audit row is about, besides packages. */
export const OTHER_AUDIT_ENTITIES = [
  'user',
  'provider',
  'review-flag',
  'score-run',
  'kpi-aggregates',
  'visit-aggregates',
  'provider-risk-month',
  'rate-card',
  'rag-target',
  'budget',
  'area-layer',
  'erasure',
  'outbox-message',
  'webhook-endpoint',
  'admission-round',
  'admission-application',
  'readiness-check-item',
  'cqc-import',
  'visit-import',
  'caseload-import',
  'baseline-import',
] as const;

/** What a stored audit row's action says, checked: rows are read back as plain text. */
export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

export function isPackageAuditAction(value: string): value is PackageAuditAction {
  return (PACKAGE_AUDIT_ACTIONS as readonly string[]).includes(value);
}
