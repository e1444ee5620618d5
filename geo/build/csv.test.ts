import { describe, expect, it } from 'vitest';
import { csvCell, parseCsv } from './csv';

describe('parseCsv', () => {
  it('reads CRLF lines and quoted cells with commas and quotes', () => {
    const text = 'name,ward\r\nMarkfield,"Markfield, Stanton and Fieldhead"\r\nQuote,"say ""hi"""\r\n';
    expect(parseCsv(text)).toEqual([
      { name: 'Markfield', ward: 'Markfield, Stanton and Fieldhead' },
      { name: 'Quote', ward: 'say "hi"' },
    ]);
  });

  it('ignores blank lines and a missing final newline', () => {
    expect(parseCsv('a,b\n1,2\n\n3,4')).toEqual([
      { a: '1', b: '2' },
      { a: '3', b: '4' },
    ]);
  });
});

describe('csvCell', () => {
  it('quotes only when needed', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
  });
});
