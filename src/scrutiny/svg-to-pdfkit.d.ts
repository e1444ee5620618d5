// svg-to-pdfkit ships no types: the one function the scrutiny PDF calls (./pdf.ts).
declare module 'svg-to-pdfkit' {
  import type PDFDocument from 'pdfkit';

  interface SvgToPdfOptions {
    width?: number;
    height?: number;
    preserveAspectRatio?: string;
    assumePt?: boolean;
    warningCallback?: (message: string) => void;
  }

  // The library's own signature, five parameters as it takes them.
  // eslint-disable-next-line max-params
  export default function SVGtoPDF(
    doc: InstanceType<typeof PDFDocument>,
    svg: string,
    x: number,
    y: number,
    options?: SvgToPdfOptions,
  ): void;
}
