import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { reportLetter } from './report-letter.js';
import type { SocialReportModel } from './models/review.model.js';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const WIDTH = A4.width - 2 * MARGIN;

/** Lays out text top to bottom with wrapping and page breaks (pdf-lib draws, it does not flow). */
class Writer {
  private page: PDFPage;
  private y: number;

  constructor(
    private readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.page = doc.addPage([A4.width, A4.height]);
    this.y = A4.height - MARGIN;
  }

  text(text: string, opts: { size?: number; bold?: boolean; indent?: number; gapAfter?: number; grey?: boolean } = {}): void {
    const size = opts.size ?? 10.5;
    const font = opts.bold ? this.bold : this.regular;
    const indent = opts.indent ?? 0;
    for (const paragraph of safe(text, font).split('\n')) {
      for (const line of wrap(paragraph, font, size, WIDTH - indent)) {
        if (this.y - size < MARGIN) this.newPage();
        this.y -= size * 1.35;
        this.page.drawText(line, { x: MARGIN + indent, y: this.y, size, font, color: opts.grey ? rgb(0.3, 0.3, 0.3) : rgb(0, 0, 0) });
      }
    }
    this.y -= opts.gapAfter ?? 4;
  }

  heading(text: string): void {
    this.y -= 8;
    this.text(text, { size: 12.5, bold: true, gapAfter: 5 });
    this.page.drawLine({
      start: { x: MARGIN, y: this.y },
      end: { x: A4.width - MARGIN, y: this.y },
      thickness: 0.5,
      color: rgb(0.6, 0.6, 0.6),
    });
    this.y -= 6;
  }

  private newPage(): void {
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.y = A4.height - MARGIN;
  }
}

/** Characters the standard font cannot encode (WinAnsi) become '?', so any assessment prints. */
function safe(text: string, font: PDFFont): string {
  const supported = new Set(font.getCharacterSet());
  return [...text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ')]
    .map((ch) => (ch === '\n' || supported.has(ch.codePointAt(0) ?? 0) ? ch : '?'))
    .join('');
}

function wrap(paragraph: string, font: PDFFont, size: number, width: number): string[] {
  const words = paragraph.split(/ +/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  lines.push(line);
  return lines;
}

/** The same letter as the printable HTML (the same blocks), as a PDF generated on the server. */
export async function renderReportPdf(r: SocialReportModel): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Underretning ${r.reference}`);
  doc.setAuthor(r.senderDistrictName);
  doc.setProducer('Opspor');
  doc.setCreator('Opspor');
  // Dated by the report itself, not by the moment it is printed: the same report gives the same bytes.
  const stamp = new Date(r.reportedAt ?? r.approvedAt ?? r.updatedAt ?? r.createdAt);
  doc.setCreationDate(stamp);
  doc.setModificationDate(stamp);
  const w = new Writer(doc, await doc.embedFont(StandardFonts.Helvetica), await doc.embedFont(StandardFonts.HelveticaBold));
  for (const b of reportLetter(r)) {
    if (b.kind === 'sender') w.text(b.lines.join('\n'), { size: 9.5, gapAfter: 10 });
    else if (b.kind === 'meta') w.text(b.text, { size: 9, grey: true, gapAfter: 6 });
    else if (b.kind === 'title') w.text(b.text, { size: 18, bold: true, gapAfter: 2 });
    else if (b.kind === 'heading') w.heading(b.text);
    else if (b.kind === 'paragraph') w.text(b.text);
    else if (b.kind === 'item') w.text(`• ${b.text}`, { indent: 8, gapAfter: 6 });
    else if (b.kind === 'field') {
      w.text(b.label, { bold: true, gapAfter: 1 });
      w.text(b.text, { gapAfter: 6 });
    } else {
      w.text('', { size: 6 });
      w.text(b.text, { size: 9, grey: true });
    }
  }
  return doc.save();
}
