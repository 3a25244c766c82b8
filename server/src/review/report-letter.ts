import { formatDateDa } from './report-content.js';
import type { SocialReportModel } from './models/review.model.js';

/** The day the duty to notify moved from the Social Services Act to the Children's Act. */
export const BARNETS_LOV_FROM = '2024-01-01';

/** The legal basis in force on the report's issue date. */
export function legalBasisOn(issueDate: string): string {
  return issueDate.slice(0, 10) >= BARNETS_LOV_FROM
    ? 'Underretning efter barnets lov § 133 (den skærpede underretningspligt for personer i offentlig tjeneste).'
    : 'Underretning efter serviceloven § 153, stk. 1 (den skærpede underretningspligt for personer i offentlig tjeneste).';
}

/** A district's contact block until an administrator configures its own (synthetic demo values). */
export function defaultDistrictContact(code: string, name: string): string[] {
  return [name, 'Koordinatorfunktionen for underretninger', 'Telefon 114', `${code.toLowerCase()}-underretning@politi.example`];
}

/** Whole years between a birth date and a date (both ISO). */
export function ageOn(birthDate: string, date: string): number {
  const [by, bm, bd] = birthDate.slice(0, 10).split('-').map(Number) as [number, number, number];
  const [y, m, d] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

const STATUS_DA: Record<string, string> = {
  DRAFT: 'UDKAST – ikke godkendt',
  AWAITING_APPROVAL: 'UDKAST – afventer godkendelse',
  RETURNED: 'UDKAST – sendt retur til forfatteren',
  APPROVED: 'Godkendt (fire øjne)',
  REPORTED: 'Sendt af politikredsen',
};

export function statusDa(status: string): string {
  return STATUS_DA[status] ?? status;
}

/** One block of the letter; the HTML and the PDF renderers draw the same blocks. */
export type LetterBlock =
  | { kind: 'sender'; lines: string[] }
  | { kind: 'meta'; text: string }
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'item'; text: string }
  | { kind: 'field'; label: string; text: string }
  | { kind: 'notice'; text: string };

/** The social report as a letter: sender, date, recipient, the child, the concern, who signs. */
export function reportLetter(r: SocialReportModel): LetterBlock[] {
  const several = r.children.length !== 1;
  const blocks: LetterBlock[] = [
    { kind: 'sender', lines: r.senderContact },
    { kind: 'meta', text: `Dato: ${formatDateDa(r.issueDate)} · Ref. ${r.reference} · ${statusDa(r.status)}` },
    { kind: 'title', text: `Underretning til ${r.municipalityName}` },
    { kind: 'meta', text: r.legalBasis },
    { kind: 'paragraph', text: r.introduction },
    { kind: 'heading', text: several ? 'Børnene' : 'Barnet' },
    ...r.children.map((c): LetterBlock => ({ kind: 'item', text: `${c.name}, født ${formatDateDa(c.birthDate)} (${c.age} år)` })),
    { kind: 'heading', text: several ? 'Beskrivelse af børnene' : 'Beskrivelse af barnet' },
    { kind: 'field', label: 'Alder', text: r.children.map((c) => (several ? `${c.name}: ${c.age} år` : `${c.age} år`)).join('; ') },
    { kind: 'field', label: 'Hvad politiet har observeret om barnet', text: r.observed ?? '' },
    { kind: 'field', label: 'Dagtilbud eller skole', text: r.institution ?? '' },
    { kind: 'field', label: 'Barnets situation (koordinatorens vurdering)', text: r.assessment },
    { kind: 'heading', text: 'Politiets bekymring' },
    ...r.concern.map((line): LetterBlock => ({ kind: 'item', text: line })),
    { kind: 'heading', text: 'Modtager' },
    { kind: 'paragraph', text: r.municipalityName },
    { kind: 'heading', text: 'Afsender' },
    { kind: 'paragraph', text: `Udarbejdet af ${r.authorNames.join(' og ')}.` },
    {
      kind: 'paragraph',
      text: r.approverName
        ? `Godkendt af ${r.approverName} den ${formatDateDa(r.issueDate)}.`
        : 'Endnu ikke godkendt af en anden koordinator.',
    },
    { kind: 'notice', text: r.notice },
  ];
  return blocks.filter((b) => !(b.kind === 'field' && !b.text));
}
