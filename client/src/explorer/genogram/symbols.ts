// Genogram symbols (McGoldrick): square male, circle female, diamond unknown; a cross through
// the deceased; the age inside; the searched person with a double outline. Drawn as a small SVG
// per person, so Cytoscape only has to place an image.

export interface SymbolSpec {
  sex: string;
  age: number | null;
  deceased: boolean;
  born: boolean;
  searched: boolean;
  /** false for a co-resident who is not kin: a dotted outline on a grey-blue ground */
  kin?: boolean;
}

export const SYMBOL_SIZE = 64;
const INK = '#1f2933';
// The cross through a deceased person is a shade lighter, so the age inside stays readable.
const CROSS = '#52606d';
/** The ground of a co-resident who is not kin (legend: "lives with the family, not kin"). */
export const CO_RESIDENT_FILL = '#dde7f3';

/** A person not yet born on the date: a grey dashed outline, no age (legend: "not yet born"). */
export const UNBORN_INK = '#7b8794';

/** The symbol's drawing, for a 64 × 64 viewBox (also used by the legend's icons). */
export function symbolMarkup(spec: SymbolSpec): string {
  const c = SYMBOL_SIZE / 2;
  const r = 24;
  const coResident = spec.kin === false;
  const ink = spec.born ? INK : UNBORN_INK;
  const dash = !spec.born ? ' stroke-dasharray="7 5"' : coResident ? ' stroke-dasharray="2 4" stroke-linecap="round"' : '';
  const outline = (radius: number, width: number) =>
    shape(spec.sex, c, radius, `fill="none" stroke="${ink}" stroke-width="${width}"${dash}`);
  const parts = [shape(spec.sex, c, r, `fill="${coResident && spec.born ? CO_RESIDENT_FILL : '#ffffff'}" stroke="none"`), outline(r, 3)];
  if (spec.searched) parts.push(outline(r + 5, 2));
  if (spec.deceased) {
    const k = spec.sex === 'F' ? r * 0.72 : r;
    parts.push(`<path d="M${c - k} ${c - k}L${c + k} ${c + k}M${c + k} ${c - k}L${c - k} ${c + k}" stroke="${CROSS}" stroke-width="2"/>`);
  }
  if (spec.age !== null && spec.born) {
    parts.push(
      `<text x="${c}" y="${c + 7}" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" font-size="20" font-weight="700" ` +
        `fill="${INK}" stroke="#ffffff" stroke-width="6" stroke-linejoin="round" paint-order="stroke">${spec.age}</text>`,
    );
  }
  return parts.join('');
}

export function symbolSvg(spec: SymbolSpec): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SYMBOL_SIZE}" height="${SYMBOL_SIZE}" viewBox="0 0 ${SYMBOL_SIZE} ${SYMBOL_SIZE}">${symbolMarkup(spec)}</svg>`;
  return svgUri(svg);
}

export function svgUri(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

function shape(sex: string, c: number, r: number, attrs: string): string {
  if (sex === 'F') return `<circle cx="${c}" cy="${c}" r="${r}" ${attrs}/>`;
  if (sex === 'M') return `<rect x="${c - r}" y="${c - r}" width="${2 * r}" height="${2 * r}" ${attrs}/>`;
  return `<path d="M${c} ${c - r}L${c + r} ${c}L${c} ${c + r}L${c - r} ${c}Z" ${attrs}/>`;
}
