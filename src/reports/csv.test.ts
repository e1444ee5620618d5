import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { guardText, toCsv } from './csv';

describe('report CSV', () => {
  it('starts with a UTF-8 byte-order mark, ends lines with CRLF and quotes per RFC 4180', () => {
    const csv = toCsv(
      ['name', 'hours', 'ok', 'note'],
      [
        ['Oadby, Wigston', 12.5, true, 'say "hi"\nthere'],
        ['Melton', 0, false, null],
      ],
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe(
      '\uFEFFname,hours,ok,note\r\n"Oadby, Wigston",12.5,true,"say ""hi""\nthere"\r\nMelton,0,false,\r\n',
    );
    expect(parse(csv, { bom: true })).toEqual([
      ['name', 'hours', 'ok', 'note'],
      ['Oadby, Wigston', '12.5', 'true', 'say "hi"\nthere'],
      ['Melton', '0', 'false', ''],
    ]);
  });

  it('defuses text a spreadsheet would run as a formula, and leaves numbers alone', () => {
    for (const text of ['=1+1', '+44', '-2', '@SUM(A1)', '\tx', '\rx'])
      expect(guardText(text)).toBe(`'${text}`);
    expect(guardText('Alpha = Beta')).toBe('Alpha = Beta');
    const csv = toCsv(['provider', 'value'], [['=HYPERLINK("http://x","y")', -3]]);
    expect(parse(csv, { bom: true })[1]).toEqual(['\'=HYPERLINK("http://x","y")', '-3']);
  });
});
