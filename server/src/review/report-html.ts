import { formatDateDa } from './report-content.js';
import type { SocialReportModel } from './models/review.model.js';

const STATUS_DA: Record<string, string> = {
  DRAFT: 'UDKAST – ikke godkendt',
  APPROVED: 'Godkendt (fire øjne)',
  REPORTED: 'Sendt af politikredsen',
};

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

export function statusDa(status: string): string {
  return STATUS_DA[status] ?? status;
}

/** A printable, self-contained HTML page (no scripts, no external resources). */
export function renderReportHtml(r: SocialReportModel): string {
  const children = r.children.map((c) => `<tr><td>${esc(c.name)}</td><td>${esc(formatDateDa(c.birthDate))}</td></tr>`).join('');
  const concern = r.concern.map((line) => `<li>${esc(line)}</li>`).join('');
  const assessment = r.assessment
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<title>Underretning ${esc(r.reference)}</title>
<style>
  body { font: 11pt/1.45 Georgia, 'Times New Roman', serif; color: #111; max-width: 46rem; margin: 2rem auto; padding: 0 1.5rem; }
  h1 { font-size: 18pt; margin: 0 0 .2rem; } h2 { font-size: 12pt; margin: 1.6rem 0 .4rem; border-bottom: 1px solid #999; }
  .meta { color: #444; font-size: 10pt; } .status { display: inline-block; border: 1px solid #444; padding: 0 .4rem; font-size: 9pt; }
  table { border-collapse: collapse; } td, th { text-align: left; padding: .15rem 1.2rem .15rem 0; }
  .notice { margin-top: 2rem; padding: .6rem .8rem; border: 1px dashed #666; font-size: 9.5pt; }
  @media print { body { margin: 0; } .status { border-color: #000; } }
</style>
</head>
<body>
<p class="meta">${esc(r.senderDistrictName)} · Ref. ${esc(r.reference)} · <span class="status">${esc(statusDa(r.status))}</span></p>
<h1>Underretning til ${esc(r.municipalityName)}</h1>
<p class="meta">${esc(r.legalBasis)}</p>
<p>${esc(r.introduction)}</p>
<h2>${r.children.length === 1 ? 'Barnet' : 'Børnene'}</h2>
<table><thead><tr><th>Navn</th><th>Fødselsdato</th></tr></thead><tbody>${children}</tbody></table>
<h2>Politiets bekymring</h2>
<ul>${concern}</ul>
<h2>Faglig vurdering</h2>
${assessment}
<h2>Afsender</h2>
<p>Udarbejdet af ${esc(r.authors.join(', '))}${r.approvedBy ? `; godkendt af ${esc(r.approvedBy)} ${esc(formatDateDa(r.approvedAt ?? ''))}` : '; endnu ikke godkendt af en anden koordinator'}.</p>
<p class="notice">${esc(r.notice)}</p>
</body>
</html>
`;
}
