import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPackage, offerFor, PLACES, providerInZone, seedReference } from '../helpers/brokerage';
import { pdfPageCount, pdfText } from '../helpers/pdf';
import {
  createWebTestContext,
  fieldError,
  heading,
  textOf,
  type WebAgent,
  type WebTestContext,
} from './helpers';

const TITLES = [
  'The period in numbers',
  'Coverage by zone against minimum primes',
  'Pick-up times: rural against urban',
  'Unmet hours',
  'Complaints by district',
];

/** The rows of the table captioned `caption`, as cell texts. */
function tableRows(html: string, caption: string): string[][] {
  const table = html.split('<table').find((t) => t.includes(`>${caption}</caption>`))!;
  const body = table.slice(table.indexOf('<tbody'), table.indexOf('</tbody>'));
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => textOf(c[1]!)),
  );
}

describe('the scrutiny summary for elected members', () => {
  let ctx: WebTestContext;
  let member: WebAgent;
  let commissioner: WebAgent;
  const references: string[] = [];
  let primeName = '';

  beforeAll(async () => {
    ctx = await createWebTestContext();
    await seedReference(ctx);
    // One package awarded in Charnwood North, one waiting in Hinckley (7.5 hours a week).
    const prime = await providerInZone(ctx, 'charnwood-north', 'prime');
    primeName = (await ctx.services.db('providers').where({ id: prime.id }).first('name')).name as string;
    const officer = { Authorization: `Bearer ${await ctx.tokenFor('officer')}` };
    const awarded = await ctx.request.post('/packages').set(officer).send(newPackage());
    const offer = await offerFor(ctx, prime, awarded.body.id);
    await ctx.request
      .post(`/offers/${offer!.id}/accept`)
      .set({ Authorization: `Bearer ${prime.token}` })
      .send({ startDate: '2026-01-14' });
    const waiting = await ctx.request
      .post('/packages')
      .set(officer)
      .send(newPackage({ location: PLACES.hinckley, weeklyHours: 7.5 }));
    references.push(awarded.body.reference, waiting.body.reference);
    // An upheld complaint in Charnwood, recorded against the prime.
    const complaint = await ctx.request
      .post(`/providers/${prime.id}/quality-evidence`)
      .set({ Authorization: `Bearer ${await ctx.tokenFor('commissioner')}` })
      .send({
        kind: 'complaint',
        occurredOn: '2026-01-05',
        category: 'missed-or-late-calls',
        outcome: 'resolved',
        upheld: true,
        district: 'E07000130',
      });
    expect(complaint.status, JSON.stringify(complaint.body)).toBe(201);
    ctx.clock.advance(60_000);
    member = await ctx.signedIn('member');
    commissioner = await ctx.signedIn('commissioner');
  });
  afterAll(() => ctx.destroy());

  it('shows a member every section, with the seeded figures, a chart as SVG, and no package or provider', async () => {
    const res = await member.get('/scrutiny');
    expect(res.status).toBe(200);
    expect(heading(res.text)).toBe('Home care scrutiny summary');
    for (const title of TITLES) expect(res.text).toContain(`>${title}</h2>`);
    expect(res.text).toMatch(
      /<figure class="app-chart" role="img" aria-label="[^"]+">\s*<div aria-hidden="true"><svg /,
    );
    const headline = Object.fromEntries(tableRows(res.text, 'Headline counts').map(([k, v]) => [k, v]));
    expect(headline['Packages awarded to a provider in the period']).toBe('1');
    expect(headline['Packages waiting for a provider at the end of the period']).toBe('1');
    const waiting = tableRows(res.text, 'Packages waiting for a provider, by zone');
    expect(waiting.find((r) => r[0] === 'Hinckley')?.slice(1, 3)).toEqual(['1', '7.5']);
    const complaints = tableRows(res.text, 'Complaints and safeguarding concerns by district');
    expect(complaints.find((r) => r[0] === 'Charnwood')).toEqual(['Charnwood', '1', '1', '0']);
    expect(complaints.at(-1)).toEqual(['All districts', '1', '1', '0']);
    for (const reference of references) expect(res.text).not.toContain(reference);
    expect(res.text).not.toContain(primeName);
    // A member's navigation holds the summary only.
    expect(res.text).toContain('href="/scrutiny"');
    expect(res.text).not.toContain('href="/staff/');
  });

  it('downloads the same sections as a real PDF, with its page count', async () => {
    const res = await member
      .get('/scrutiny.pdf?from=2025-01-06&to=2026-01-05')
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="scrutiny-summary_2025-01-06_2026-01-05.pdf"',
    );
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(2);
  });

  it('writes the section titles, the page numbers and no package reference as text in the PDF', async () => {
    const { scrutinySummary } = await import('../../src/scrutiny/summary');
    const { scrutinyPdf } = await import('../../src/scrutiny/pdf');
    const summary = await scrutinySummary(ctx.services, {}, ctx.clock.now());
    const pdf = await scrutinyPdf(summary, { compress: false });
    const text = pdfText(pdf);
    for (const title of TITLES) expect(text).toContain(title);
    // The charts are drawn, not pasted as pictures: their own titles are text too.
    const letters = text.replace(/\s/g, '');
    expect(letters).toContain('Activeprimesagainsttheminimum,byzone');
    expect(letters).toContain('Complaintsbydistrict');
    const pages = pdfPageCount(pdf);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    for (const reference of references) expect(text).not.toContain(reference);
    expect(text).not.toContain(primeName);
  });

  it('opens to commissioners too, and refuses officers and providers', async () => {
    expect((await commissioner.get('/scrutiny')).status).toBe(200);
    for (const role of ['officer', 'provider'] as const) {
      const agent = await ctx.signedIn(
        role,
        role === 'provider' ? (await providerInZone(ctx, 'melton', 'supplementary')).id : undefined,
      );
      const res = await agent.get('/scrutiny');
      expect(res.status, role).toBe(403);
      expect((await agent.get('/scrutiny.pdf')).status, role).toBe(403);
    }
    const anonymous = await ctx.anonymous().get('/scrutiny');
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.location).toBe('/sign-in?next=%2Fscrutiny');
  });

  it('sends a member who signs in to the summary, and keeps every other staff page closed', async () => {
    expect((await member.get('/staff/coverage')).status).toBe(403);
    expect((await member.get('/staff/packages')).status).toBe(403);
  });

  it('says which end of the period is wrong', async () => {
    const res = await member.get('/scrutiny?from=2026-01-05&to=2025-01-01');
    expect(res.status).toBe(400);
    expect(fieldError(res.text, 'to')).toMatch(/same as or after the first day/);
    expect((await member.get('/scrutiny.pdf?from=2026-01-05&to=2025-01-01')).status).toBe(400);
  });
});
