import type { Needs } from './model';

/**
 * A package's needs as the codes the pages and messages label, hard needs first: two carers, the
 * carers' gender, specialisms, then other support. Languages are not codes: callers add them.
 *
 * Example: { carerGender: 'female', twoCarers: true, specialisms: ['dementia'], support: [], languages: ['pl'] }
 * → ['two-carers', 'female-carers-only', 'dementia']
 */
export function needCodes(needs: Needs): string[] {
  return [
    ...(needs.twoCarers ? ['two-carers'] : []),
    ...(needs.carerGender === 'any' ? [] : [`${needs.carerGender}-carers-only`]),
    ...needs.specialisms,
    ...needs.support,
  ];
}
