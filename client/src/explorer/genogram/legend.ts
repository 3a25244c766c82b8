// The genogram's legend: one entry for every style the drawing uses, each with an icon drawn by
// the same code and colours as the drawing itself (symbols.ts, style.ts, badges.ts), so the
// legend cannot drift from what is on screen. The texts live in explorer-messages.ts.
import { MORE_BADGE, MOVES_BADGE } from './badges';
import { GROUP_COLOURS, tint, type CategoryGroup } from './categories';
import { HOUSEHOLD_COLOURS } from './elements';
import { DEFAULT_THEME } from './style';
import { svgUri, symbolMarkup, type SymbolSpec } from './symbols';

export type LegendKey =
  | 'legendMale'
  | 'legendFemale'
  | 'legendUnknownSex'
  | 'legendAge'
  | 'legendSearched'
  | 'legendDeceased'
  | 'legendDeathDate'
  | 'legendUnborn'
  | 'legendCoResident'
  | 'legendHalo'
  | 'legendSelected'
  | 'legendMarried'
  | 'legendCohabiting'
  | 'legendUnregistered'
  | 'legendSeparated'
  | 'legendDivorced'
  | 'legendFuture'
  | 'legendChild'
  | 'legendHousehold'
  | 'legendBadgeOwn'
  | 'legendBadgeVictim'
  | 'legendBadgeMore'
  | 'legendBadgeMoves'
  | `legendGroup.${CategoryGroup}`;

export interface LegendEntry {
  key: LegendKey;
  /** an SVG data URI, 44 × 30 */
  icon: string;
}

const W = 44;
const H = 30;
const { ink, muted, flag, selection } = DEFAULT_THEME;

const icon = (body: string) =>
  svgUri(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${body}</svg>`);

/** A person symbol scaled into the icon (the drawing's 64 × 64 symbol at 0.4). */
function person(spec: Partial<SymbolSpec>, under = ''): string {
  const full: SymbolSpec = { sex: 'M', age: null, deceased: false, born: true, searched: false, kin: true, ...spec };
  return icon(`${under}<g transform="translate(7.92 0.92) scale(0.44)">${symbolMarkup(full)}</g>`);
}

/** A partner line as style.ts draws it, with the union dot (and a mark) in the middle. */
function line(attrs: string, mark = '', opacity = 1): string {
  const text = mark
    ? `<text x="20" y="19" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" font-size="15" font-weight="700" fill="${ink}">${mark}</text>`
    : '';
  return icon(
    `<g opacity="${opacity}"><line x1="2" y1="14" x2="38" y2="14" ${attrs}/><circle cx="20" cy="14" r="3" fill="${ink}"/>${text}</g>`,
  );
}

function badge(fill: string, stroke: string): string {
  return icon(`<rect x="3" y="7" width="34" height="14" rx="5" fill="${fill}" stroke="${stroke}" stroke-width="1.5"/>`);
}

const GROUPS = Object.keys(GROUP_COLOURS) as CategoryGroup[];

export const LEGEND: readonly LegendEntry[] = [
  { key: 'legendMale', icon: person({ sex: 'M' }) },
  { key: 'legendFemale', icon: person({ sex: 'F' }) },
  { key: 'legendUnknownSex', icon: person({ sex: 'U' }) },
  { key: 'legendAge', icon: person({ sex: 'M', age: 47 }) },
  { key: 'legendSearched', icon: person({ sex: 'M', searched: true }) },
  { key: 'legendDeceased', icon: person({ sex: 'M', age: 17, deceased: true }) },
  {
    key: 'legendDeathDate',
    icon: icon(
      `<text x="20" y="19" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" font-size="14" fill="${ink}">† …</text>`,
    ),
  },
  { key: 'legendUnborn', icon: person({ sex: 'F', born: false }) },
  { key: 'legendCoResident', icon: person({ sex: 'M', age: 34, kin: false }) },
  {
    key: 'legendHalo',
    icon: person({ sex: 'M', age: 16 }, `<rect x="5" y="-1" width="30" height="30" rx="5" fill="${flag}" fill-opacity="0.4"/>`),
  },
  {
    key: 'legendSelected',
    icon: person({ sex: 'F', age: 9 }, `<rect x="5" y="-1" width="30" height="30" rx="3" fill="${selection}" fill-opacity="0.18"/>`),
  },
  { key: 'legendMarried', icon: line(`stroke="${ink}" stroke-width="3"`) },
  { key: 'legendCohabiting', icon: line(`stroke="${ink}" stroke-width="3" stroke-dasharray="6 4"`) },
  { key: 'legendUnregistered', icon: line(`stroke="${ink}" stroke-width="2" stroke-dasharray="1 4" stroke-linecap="round"`) },
  { key: 'legendSeparated', icon: line(`stroke="${muted}" stroke-width="3"`, '/') },
  { key: 'legendDivorced', icon: line(`stroke="${muted}" stroke-width="3"`, '//') },
  { key: 'legendFuture', icon: line(`stroke="${ink}" stroke-width="3"`, '', 0.3) },
  {
    key: 'legendChild',
    icon: icon(`<path d="M8 3V12H32V25M8 12V25" fill="none" stroke="${ink}" stroke-width="2.5"/>`),
  },
  {
    key: 'legendHousehold',
    icon: icon(
      `<rect x="3" y="3" width="34" height="22" rx="10" fill="${HOUSEHOLD_COLOURS[0]}26" stroke="${HOUSEHOLD_COLOURS[0]}" stroke-width="2.5"/>`,
    ),
  },
  { key: 'legendBadgeOwn', icon: badge(tint(GROUP_COLOURS.violence), GROUP_COLOURS.violence) },
  { key: 'legendBadgeVictim', icon: badge('#ffffff', GROUP_COLOURS.violence) },
  ...GROUPS.map((g): LegendEntry => ({ key: `legendGroup.${g}`, icon: badge(tint(GROUP_COLOURS[g]), GROUP_COLOURS[g]) })),
  { key: 'legendBadgeMore', icon: badge(MORE_BADGE.fill, MORE_BADGE.colour) },
  { key: 'legendBadgeMoves', icon: badge(MOVES_BADGE.fill, MOVES_BADGE.colour) },
];
