import type { ReportChild } from './report-content.js';
import type { ReportRow } from './review.rows.js';
import type { SocialReportModel } from './models/review.model.js';

export const LEGAL_BASIS =
  'Underretning efter serviceloven § 153, stk. 1 (den skærpede underretningspligt for personer i offentlig tjeneste; fra 1. januar 2024 barnets lov § 133).';

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

/** The report as printed and as served over GraphQL: the minimised set and nothing else. */
export function toSocialReport(row: ReportRow, names: { municipalityName: string; senderDistrictName: string }): SocialReportModel {
  const children = (JSON.parse(row.children) as ReportChild[]).map((c) => ({ name: c.name, birthDate: c.birthDate }));
  return {
    id: row.id,
    flagId: row.flagId,
    reference: row.reference,
    status: row.status,
    version: row.version,
    municipalityCode: row.municipalityCode,
    municipalityName: municipalityTitle(row.municipalityCode, names.municipalityName),
    senderDistrictName: names.senderDistrictName,
    legalBasis: LEGAL_BASIS,
    introduction: introduction(children.length),
    children,
    concern: row.concern ?? [],
    assessment: row.assessment,
    authors: row.authors ?? [],
    approvedBy: row.approvedBy,
    approvedAt: row.approvedAt,
    reportedAt: row.reportedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    notice: NOTICE,
  };
}
