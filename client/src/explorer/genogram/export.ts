// The genogram as a picture for a case file: Cytoscape draws the persons and lines, the household
// bubbles (an SVG overlay Cytoscape does not export) are painted under them from their outlines,
// and a legend and a footer (date, searched person, purpose, user) are painted below.
import type { Core } from 'cytoscape';
import { PDFDocument } from 'pdf-lib';
import type { HouseholdOverlay } from './elements';

export interface LegendLine {
  key: string;
  /** the entry's icon, an SVG data URI (40 × 28), drawn as on screen */
  icon: string;
  text: string;
}

export interface ExportInfo {
  title: string;
  households: HouseholdOverlay[];
  legend: LegendLine[];
  /** footer lines: date, searched person, purpose, user */
  footer: string[];
}

const SCALE = 2;
const PAD = 40;
const LINE = 22;
const FONT = 'Helvetica, Arial, sans-serif';

/** The household outlines now drawn on screen, in model coordinates, by household id. */
export function bubbleOutlines(container: HTMLElement, households: HouseholdOverlay[]): { household: HouseholdOverlay; d: string }[] {
  const paths = [...container.querySelectorAll('svg path')].map((p) => p.getAttribute('d') ?? '');
  // The plugin appends one path per household in the order they were added.
  return households.flatMap((household, i) => (paths[i] ? [{ household, d: paths[i] }] : []));
}

/** A canvas holding title, bubbles, genogram, legend and footer. */
export async function renderExport(cy: Core, outlines: { household: HouseholdOverlay; d: string }[], info: ExportInfo) {
  const bb = cy.elements().boundingBox({});
  const width = Math.max(bb.w + 2 * PAD, 900);
  const legendRows = Math.ceil(info.legend.length / 2) + info.households.length;
  const top = PAD + 30;
  const graphHeight = bb.h + 2 * PAD;
  const height = top + graphHeight + PAD + legendRows * LINE + PAD + info.footer.length * LINE + PAD;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * SCALE);
  canvas.height = Math.round(height * SCALE);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#1f2933';
  ctx.font = `bold 20px ${FONT}`;
  ctx.fillText(info.title, PAD, PAD + 8);

  // Model coordinates → export coordinates.
  const offsetX = (width - bb.w) / 2 - bb.x1;
  const offsetY = top + PAD - bb.y1;
  ctx.save();
  ctx.translate(offsetX, offsetY);
  for (const { household, d } of outlines) {
    const path = new Path2D(d);
    ctx.fillStyle = `${household.colour}26`;
    ctx.strokeStyle = household.colour;
    ctx.lineWidth = 2.5;
    ctx.fill(path);
    ctx.stroke(path);
  }
  ctx.restore();

  const graph = await loadImage(cy.png({ full: true, scale: SCALE, output: 'base64uri' }));
  ctx.drawImage(graph, (width - bb.w) / 2, top + PAD, bb.w, bb.h);

  let y = top + graphHeight + PAD;
  ctx.font = `14px ${FONT}`;
  for (const h of info.households) {
    swatch(ctx, PAD, y, h.colour);
    ctx.fillStyle = '#1f2933';
    ctx.fillText(h.label, PAD + 26, y + 12);
    y += LINE;
  }
  const icons = await Promise.all(info.legend.map((line) => loadImage(line.icon)));
  info.legend.forEach((line, i) => {
    const x = PAD + (i % 2) * (width / 2);
    const rowY = y + Math.floor(i / 2) * LINE;
    ctx.drawImage(icons[i]!, x, rowY - 3, 29, 20);
    ctx.fillStyle = '#1f2933';
    ctx.fillText(line.text, x + 36, rowY + 12, width / 2 - 36 - PAD / 2);
  });
  y += Math.ceil(info.legend.length / 2) * LINE + PAD;
  ctx.strokeStyle = '#cbd2d9';
  ctx.beginPath();
  ctx.moveTo(PAD, y - PAD / 2);
  ctx.lineTo(width - PAD, y - PAD / 2);
  ctx.stroke();
  ctx.fillStyle = '#3e4c59';
  ctx.font = `13px ${FONT}`;
  for (const line of info.footer) {
    ctx.fillText(line, PAD, y + 12);
    y += LINE;
  }
  return canvas;
}

function swatch(ctx: CanvasRenderingContext2D, x: number, y: number, colour: string) {
  ctx.fillStyle = `${colour}40`;
  ctx.strokeStyle = colour;
  ctx.lineWidth = 2;
  ctx.fillRect(x, y, 18, 14);
  ctx.strokeRect(x, y, 18, 14);
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('the genogram image could not be drawn'));
    img.src = src;
  });
}

/** One A-series landscape-ish page holding the picture at its aspect ratio. */
export async function pdfOf(canvas: HTMLCanvasElement, title: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setProducer('Opspor');
  const png = await doc.embedPng(canvas.toDataURL('image/png'));
  const maxW = 842 - 48;
  const maxH = 595 - 48;
  const k = Math.min(maxW / png.width, maxH / png.height);
  const page = doc.addPage([842, 595]);
  page.drawImage(png, { x: (842 - png.width * k) / 2, y: (595 - png.height * k) / 2, width: png.width * k, height: png.height * k });
  return doc.save();
}

export function download(href: string, name: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  a.click();
}
