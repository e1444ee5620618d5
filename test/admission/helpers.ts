import { expect } from 'vitest';
import type { TestContext } from '../helpers/context';

export const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

/** Opens an invitation round for Charnwood North's roles, closing on 1 February 2026 (threshold 60). */
export async function openCharnwoodRound(ctx: TestContext, token: string, overrides: object = {}) {
  const res = await ctx.request
    .post('/admission/rounds')
    .set(auth(token))
    .send({
      kind: 'invitation',
      title: 'Charnwood North, winter 2026',
      zoneIds: ['charnwood-north'],
      roles: ['prime', 'supplementary'],
      chcApproval: true,
      closesOn: '2026-02-01',
      qualityThreshold: 60,
      ...overrides,
    });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: number };
}

/** Passes every required check of the provider, as a commissioner. */
export async function passEveryCheck(ctx: TestContext, token: string, providerId: number) {
  const list = await ctx.request.get('/admission/check-items').set(auth(token));
  for (const item of list.body.items as { key: string; required: boolean }[]) {
    if (!item.required) continue;
    const res = await ctx.request
      .put(`/providers/${providerId}/readiness/${item.key}`)
      .set(auth(token))
      .send({ outcome: 'pass', evidence: `Checked: file ref ${item.key}` });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }
}
