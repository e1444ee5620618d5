/**
 * The scrutiny summary as a PDF (pdfkit; the charts drawn from their SVG with svg-to-pdfkit): the
 * same sections as the page, for members who print or circulate it. A4, the standard Helvetica
 * fonts (no font files to ship), "Page n of N" at the foot of each page.
 */
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { ScrutinyTable } from './model';
import type { RenderedSection, ScrutinySummary } from './summary';

type Doc = InstanceType<typeof PDFDocument>;

const MARGIN = 50;
const BODY = 10;
const SMALL = 8.5;
const CHART_WIDTH = 495;

export interface PdfOptions {
  /** Deflate the page contents (the default); tests turn it off to read the text. */
  compress?: boolean;
  title?: string;
}

/** The summary as PDF bytes. */
export async function scrutinyPdf(summary: ScrutinySummary, options: PdfOptions = {}): Promise<Buffer> {
  const title = options.title ?? 'Home care scrutiny summary';
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    compress: options.compress ?? true,
    info: { Title: title, Author: 'Leicestershire County Council' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('Helvetica-Bold').fontSize(20).text(title);
  doc.moveDown(0.3);
  doc
    .font('Helvetica')
    .fontSize(BODY)
    .text(`Period ${summary.period.from} to ${summary.period.to}; figures as at ${summary.asOf}.`);
  for (const section of summary.sections) writeSection(doc, section);
  numberPages(doc);
  doc.end();
  return done;
}

function writeSection(doc: Doc, section: RenderedSection): void {
  ensureRoom(doc, 120);
  doc.moveDown(1);
  doc.font('Helvetica-Bold').fontSize(15).text(section.title);
  doc.moveDown(0.3);
  doc.font('Helvetica').fontSize(BODY).text(section.summary);
  doc.moveDown(0.5);
  if (section.svg) writeChart(doc, section.svg);
  writeTable(doc, section.table);
  if (section.notes.length > 0) {
    doc.moveDown(0.5);
    doc.font('Helvetica').fontSize(SMALL);
    for (const note of section.notes) doc.text(note, { indent: 0 });
  }
}

/** Draws the chart at the text width, keeping the SVG's proportions. */
function writeChart(doc: Doc, svg: string): void {
  const match = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  const [w, h] = match ? [Number(match[1]), Number(match[2])] : [CHART_WIDTH, CHART_WIDTH / 2];
  const height = (CHART_WIDTH * h) / w;
  ensureRoom(doc, height + 10);
  SVGtoPDF(doc, svg, MARGIN, doc.y, { width: CHART_WIDTH, height, assumePt: false });
  doc.y += height + 8;
  doc.x = MARGIN;
}

/** A plain grid: the first column wider, figures right-aligned, the header repeated on a new page. */
function writeTable(doc: Doc, table: ScrutinyTable): void {
  const total = doc.page.width - 2 * MARGIN;
  const first = table.head.length > 2 ? total * 0.28 : total * 0.7;
  const rest = (total - first) / Math.max(1, table.head.length - 1);
  const widths = table.head.map((_, i) => (i === 0 ? first : rest));
  doc.font('Helvetica-Oblique').fontSize(SMALL).text(table.caption);
  doc.moveDown(0.2);
  const header = () => writeRow(doc, { cells: table.head, widths, numeric: table.numeric, bold: true });
  header();
  for (const cells of table.rows) {
    if (ensureRoom(doc, 2 * SMALL + 6)) header();
    writeRow(doc, { cells, widths, numeric: table.numeric, bold: false });
  }
  doc.x = MARGIN;
}

function writeRow(
  doc: Doc,
  row: { cells: string[]; widths: number[]; numeric: boolean[]; bold: boolean },
): void {
  doc.font(row.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(SMALL);
  const heights = row.cells.map((cell, i) => doc.heightOfString(cell, { width: row.widths[i]! - 6 }));
  const height = Math.max(...heights) + 4;
  const top = doc.y;
  let x = MARGIN;
  row.cells.forEach((cell, i) => {
    const width = row.widths[i]!;
    doc.text(cell, x + 3, top + 2, { width: width - 6, align: row.numeric[i] ? 'right' : 'left' });
    x += width;
  });
  doc
    .moveTo(MARGIN, top + height)
    .lineTo(x, top + height)
    .lineWidth(row.bold ? 1 : 0.4)
    .strokeColor('#b1b4b6')
    .stroke();
  doc.y = top + height;
  doc.x = MARGIN;
}

/** Starts a new page when fewer than `points` remain; true when it did. */
function ensureRoom(doc: Doc, points: number): boolean {
  if (doc.y + points <= doc.page.height - MARGIN) return false;
  doc.addPage();
  return true;
}

function numberPages(doc: Doc): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing in the margin must not start another page
    doc
      .font('Helvetica')
      .fontSize(SMALL)
      .text(`Page ${i + 1} of ${range.count}`, MARGIN, doc.page.height - MARGIN + 15, {
        width: doc.page.width - 2 * MARGIN,
        align: 'center',
      });
    doc.page.margins.bottom = bottom;
  }
}
