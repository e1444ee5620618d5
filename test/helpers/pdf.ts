/**
 * Reading a PDF the service wrote, without a PDF library: the page count from its page objects,
 * and the text of uncompressed content streams (pdfkit's `compress: false`), where pdfkit writes
 * each line as hex strings in a TJ array with the standard fonts' WinAnsi codes.
 */
import { inflateSync } from 'node:zlib';

/** The number of page objects, checked against the page tree's /Count. */
export function pdfPageCount(pdf: Buffer): number {
  const source = pdf.toString('latin1');
  const pages = source.match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
  const count = Number(/\/Type \/Pages[\s\S]*?\/Count (\d+)/.exec(source)?.[1]);
  if (pages !== count) throw new Error(`${pages} page objects, but the page tree counts ${count}`);
  return pages;
}

/**
 * The text of every text object (BT … ET), one line each (inflating streams if compressed): pdfkit
 * writes a line as a TJ array; svg-to-pdfkit writes a chart's text glyph by glyph, one object each,
 * so a chart's words come out one letter a line (compare without white space).
 */
export function pdfText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const streams = [...source.matchAll(/stream\n([\s\S]*?)\nendstream/g)].map((m) => {
    const bytes = Buffer.from(m[1]!, 'latin1');
    try {
      return inflateSync(bytes).toString('latin1');
    } catch {
      return m[1]!;
    }
  });
  const lines: string[] = [];
  for (const stream of streams) {
    for (const block of stream.matchAll(/\bBT\b([\s\S]*?)\bET\b/g)) {
      const shown = [...block[1]!.matchAll(/\[([^\]]*)\] TJ|(<[0-9a-fA-F]*>) Tj/g)].map((m) => m[1] ?? m[2]!);
      const hex = shown.flatMap((part) => [...part.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1])).join('');
      lines.push(Buffer.from(hex, 'hex').toString('latin1'));
    }
  }
  return lines.join('\n');
}
