import { reportLetter, type LetterBlock } from './report-letter.js';
import type { SocialReportModel } from './models/review.model.js';

export { statusDa } from './report-letter.js';

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

function paragraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

function blockHtml(b: LetterBlock): string {
  switch (b.kind) {
    case 'sender':
      return `<address class="sender">${b.lines.map(esc).join('<br>')}</address>`;
    case 'meta':
      return `<p class="meta">${esc(b.text)}</p>`;
    case 'title':
      return `<h1>${esc(b.text)}</h1>`;
    case 'heading':
      return `<h2>${esc(b.text)}</h2>`;
    case 'paragraph':
      return paragraphs(b.text);
    case 'item':
      return `<ul><li>${esc(b.text)}</li></ul>`;
    case 'field':
      return `<h3>${esc(b.label)}</h3>${paragraphs(b.text)}`;
    case 'notice':
      return `<p class="notice">${esc(b.text)}</p>`;
  }
}

/** A printable, self-contained HTML page (no scripts, no external resources) of the letter's blocks. */
export function renderReportHtml(r: SocialReportModel): string {
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<title>Underretning ${esc(r.reference)}</title>
<style>
  body { font: 11pt/1.45 Georgia, 'Times New Roman', serif; color: #111; max-width: 46rem; margin: 2rem auto; padding: 0 1.5rem; }
  h1 { font-size: 18pt; margin: .8rem 0 .2rem; } h2 { font-size: 12pt; margin: 1.6rem 0 .4rem; border-bottom: 1px solid #999; }
  h3 { font-size: 10.5pt; margin: .8rem 0 .2rem; }
  ul { margin: .2rem 0; padding-left: 1.2rem; }
  .sender { font-style: normal; text-align: right; font-size: 10pt; }
  .meta { color: #444; font-size: 10pt; }
  .notice { margin-top: 2rem; padding: .6rem .8rem; border: 1px dashed #666; font-size: 9.5pt; }
  @media print { body { margin: 0; } }
</style>
</head>
<body>
${reportLetter(r).map(blockHtml).join('\n')}
</body>
</html>
`;
}
