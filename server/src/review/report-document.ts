import type { ReportChild } from './report-content.js';
import { ageOn, legalBasisOn } from './report-letter.js';
import type { ReportRow } from './review.rows.js';
import type { SocialReportModel } from './models/review.model.js';

export const NOTICE =
  'Opspor sender ikke denne underretning. Den sendes af politikredsen til kommunen ad de sædvanlige kanaler, når den er godkendt.';

/** Official names where "<name> Kommune" would be wrong. */
const MUNICIPALITY_TITLE: Record<string, string> = { '101': 'Københavns Kommune', '400': 'Bornholms Regionskommune' };

export function municipalityTitle(code: string, name: string): string {
  return MUNICIPALITY_TITLE[code] ?? `${name} Kommune`;
}

export function introduction(childCount: number): string {
  const who = childCount === 1 ? 'barnet' : 'børnene';
  return (
    `Politiet har grund til at antage, at ${who} nedenfor kan have behov for særlig støtte. ` +
    `Bekymringen bygger på politiets registreringer om de voksne omkring ${who}, ` +
    'som gentagne gange er registreret i sager med risikoadfærd. Oplysningerne er begrænset til det, underretningspligten kræver.'
  );
}

/** The letter's date: the day it was approved (fixed from then on), else today (a draft). */
export function issueDateOf(row: Pick<ReportRow, 'issueDate'>, today: string): string {
  return (row.issueDate ?? today).slice(0, 10);
}

export interface ReportContext {
  municipalityName: string;
  senderDistrictName: string;
  /** the district's contact block today (used until the report is approved) */
  currentContact: string[];
  today: string;
}

/** The report as printed and as served over GraphQL: the minimised set and nothing else. */
export function toSocialReport(row: ReportRow, ctx: ReportContext): SocialReportModel {
  const issueDate = issueDateOf(row, ctx.today);
  const children = (JSON.parse(row.children) as ReportChild[]).map((c) => ({
    name: c.name,
    birthDate: c.birthDate,
    age: ageOn(c.birthDate, issueDate),
  }));
  const authors = row.authors ?? [];
  return {
    id: row.id,
    flagId: row.flagId,
    reference: row.reference,
    status: row.status,
    version: row.version,
    municipalityCode: row.municipalityCode,
    municipalityName: municipalityTitle(row.municipalityCode, ctx.municipalityName),
    senderDistrictName: ctx.senderDistrictName,
    senderContact: row.senderContact ?? ctx.currentContact,
    issueDate,
    legalBasis: legalBasisOn(issueDate),
    introduction: introduction(children.length),
    children,
    concern: row.concern ?? [],
    observed: row.observed ?? null,
    institution: row.institution ?? null,
    assessment: row.assessment,
    authors,
    authorNames: row.authorNames && row.authorNames.length === authors.length ? row.authorNames : authors,
    approvedBy: row.approvedBy,
    approverName: row.approverName ?? row.approvedBy,
    approvedAt: row.approvedAt,
    requestedBy: row.requestedBy ?? null,
    requestedAt: row.requestedAt ?? null,
    returnComment: row.returnComment ?? null,
    returnedByName: row.returnedByName ?? null,
    returnedAt: row.returnedAt ?? null,
    reportedAt: row.reportedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    notice: NOTICE,
  };
}
