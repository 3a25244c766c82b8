// Family (API data) → Cytoscape elements, positions included. Pure: the same family gives the
// same elements and the same positions.
import { formatDay } from '../../i18n/format';
import type { ElementDefinition } from 'cytoscape';
import type { Family } from '../family.types';
import { BADGE_HEIGHT, badgeLines, badgesOf, badgeWidth } from './badges';
import type { Lang } from './categories';
import { DEFAULT_LAYOUT, layoutGenogram, type GenogramLayout, type LayoutOptions } from './layout';
import { symbolSvg, SYMBOL_SIZE } from './symbols';
import { relationLabel } from './relations';
import { unionsOf, type Union } from './unions';

export interface HouseholdOverlay {
  id: string;
  label: string;
  colour: string;
  memberIds: string[];
  /** ids of the genogram elements (unions, partner lines, hidden child-line twins) the bubble follows */
  insideIds: string[];
  /** whether those lines join all members; if not, the bubble routes its own connections */
  connected: boolean;
  /** a parent of the searched person lives here without them: custody/visitation unknown */
  parentElsewhere: boolean;
  /** persons registered there but not listed (a capped, very large address) */
  unlisted: number;
}

export interface Bounds {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Genogram {
  elements: ElementDefinition[];
  /** the drawing's extent in model coordinates, from positions and sizes (no label measuring) */
  bounds: Bounds;
  households: HouseholdOverlay[];
  /** changes when persons or links change: the canvas runs the layout again and fits */
  structureKey: string;
  /** changes when any position changes (e.g. a row grows taller with more badges) */
  positionKey: string;
}

export const HOUSEHOLD_COLOURS = ['#d62d4b', '#2e8b57', '#2f6fd0', '#e07b00', '#8e44ad', '#00838f', '#a0522d', '#c2185b'];

/** From a symbol's centre to its first badge: the name, the relation and (for the deceased) the death date above. */
const labelOffset = (lines: number) => SYMBOL_SIZE / 2 + 8 + lines * 15;

/** A death date as the genogram shows it: † 12.10.2024 (Danish), † 12 Oct 2024 (English). */
function deathLine(date: string, lang: Lang): string {
  return `† ${formatDay(date, lang)}`;
}

/** Partner line marks: one slash separated, two divorced. */
function unionMark(status: string | undefined): string {
  if (status === 'separated') return '/';
  if (status === 'divorced') return '//';
  return '';
}

export function buildGenogram(family: Family, lang: Lang, options: LayoutOptions = DEFAULT_LAYOUT): Genogram {
  const persons = [...family.persons].sort((a, b) => a.id.localeCompare(b.id));
  const unions = unionsOf(family);
  const badges = new Map(persons.map((p) => [p.id, badgesOf(p, lang)]));
  const layout = layoutGenogram(
    {
      rootId: family.rootId,
      persons: persons.map((p) => ({
        id: p.id,
        sex: p.sex,
        birthDate: p.birthDate,
        badges: badges.get(p.id)!.length,
        badgeLines: badges.get(p.id)!.reduce((sum, b) => sum + badgeLines(b.label).length, 0),
      })),
      parentLinks: family.parentLinks,
      unions,
    },
    options,
  );
  const householdsOf = new Map<string, string[]>();
  for (const h of family.households) for (const m of h.memberIds) householdsOf.set(m, [...(householdsOf.get(m) ?? []), h.addressId]);

  const elements: ElementDefinition[] = [];
  for (const p of persons) {
    const at = layout.persons[p.id]!;
    const relation = relationLabel(p.relation ?? 'relative', p.sex, lang);
    // The searched person is marked by the double outline; everyone else by their relation to them.
    const lines = [p.name, ...(p.searched ? [] : [relation]), ...(p.deathDate && p.deceased ? [deathLine(p.deathDate, lang)] : [])];
    elements.push({
      group: 'nodes',
      data: {
        id: p.id,
        kind: 'person',
        name: p.name,
        label: lines.join('\n'),
        relation,
        kin: p.kin !== false,
        sex: p.sex,
        age: p.age,
        born: p.born,
        deceased: p.deceased,
        searched: p.searched,
        flagged: p.flags.length > 0,
        flagIds: p.flags.map((f) => f.id),
        households: householdsOf.get(p.id) ?? [],
        image: symbolSvg(p),
        generation: layout.generation[p.id],
      },
      position: { ...at },
      classes: [
        p.searched ? 'searched' : '',
        p.deceased ? 'deceased' : '',
        p.born ? '' : 'unborn',
        p.flags.length ? 'flagged' : '',
        p.kin === false ? 'coresident' : '',
      ]
        .filter(Boolean)
        .join(' '),
    });
    // Badges stack down from under the name; a long one wraps to a second line and pushes the rest down.
    let top = at.y + labelOffset(lines.length) + 12 - BADGE_HEIGHT / 2;
    for (const b of badges.get(p.id)!) {
      const text = badgeLines(b.label);
      const height = BADGE_HEIGHT + (text.length - 1) * options.badgeLine;
      elements.push({
        group: 'nodes',
        data: {
          id: `b:${p.id}:${b.key}`,
          kind: 'badge',
          personId: p.id,
          key: b.key,
          count: b.count,
          label: b.label,
          colour: b.colour,
          fill: b.fill,
          display: text.join('\n'),
          width: badgeWidth(b.label),
          height,
        },
        position: { x: at.x, y: top + height / 2 },
        classes: p.born ? '' : 'unborn',
      });
      top += height + options.badge - BADGE_HEIGHT;
    }
  }
  for (const u of unions) elements.push(...unionElements(u, layout.unions[u.id]!, layout.barOffsets[u.id]));
  const lastBadge = new Map([...badges].filter(([, list]) => list.length > 0).map(([id, list]) => [id, `b:${id}:${list.at(-1)!.key}`]));
  const { overlays, hidden } = householdOverlays(family, unions, layout, lastBadge);
  elements.push(...hidden);
  return {
    elements,
    bounds: boundsOf(elements),
    households: overlays,
    structureKey: structureKey(family, unions),
    positionKey: elements
      .filter((e) => e.position)
      .map((e) => `${e.data.id}@${e.position!.x},${e.position!.y}`)
      .join(';'),
  };
}

function unionElements(u: Union, at: { x: number; y: number }, barOffset: number | undefined): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  const status = u.partnership?.status ?? (u.partners.length === 2 ? 'unregistered' : undefined);
  const couple = u.partners.length === 2;
  if (couple) {
    const kind = u.partnership?.kind ?? 'unregistered';
    out.push({
      group: 'nodes',
      data: { id: u.id, kind: 'union', status, partnershipKind: kind, mark: unionMark(status) },
      position: { ...at },
    });
    for (const partner of u.partners) {
      out.push({
        group: 'edges',
        data: { id: `pe:${u.id}:${partner}`, kind: 'partner', source: partner, target: u.id, status, partnershipKind: kind },
      });
    }
  }
  // A lone parent in view: the child line drops from the parent's own symbol.
  const source = couple ? u.id : u.partners[0]!;
  const turn = couple ? barOffset : (barOffset ?? 0) - SYMBOL_SIZE / 2 + 4;
  for (const child of u.childIds) {
    out.push({ group: 'edges', data: { id: `ce:${u.id}:${child}`, kind: 'child', source, target: child, taxiTurn: turn ?? 60 } });
  }
  return out;
}

/**
 * Households as overlays. A bubble follows the genogram lines that join the co-residents, but
 * Cytoscape reports a right-angled child line only by its corners, so each such line inside a
 * household gets an invisible twin: straight hidden edges through waypoints at the corners.
 */
function householdOverlays(
  family: Family,
  unions: Union[],
  layout: GenogramLayout,
  lastBadge: Map<string, string>,
): { overlays: HouseholdOverlay[]; hidden: ElementDefinition[] } {
  const root = family.rootId;
  const ordered = [...family.households].sort(
    (a, b) => Number(b.memberIds.includes(root)) - Number(a.memberIds.includes(root)) || a.addressId.localeCompare(b.addressId),
  );
  const hidden = new Map<string, ElementDefinition>();
  const overlays = ordered.map((h, i) => {
    const members = new Set(h.memberIds);
    const inside: string[] = [];
    const joined = new DisjointSets(h.memberIds);
    for (const u of unions) {
      const home = u.partners.filter((p) => members.has(p));
      const kids = u.childIds.filter((c) => members.has(c));
      const couple = u.partners.length === 2;
      if (couple && (home.length === 2 || (home.length === 1 && kids.length > 0))) {
        inside.push(u.id, ...home.map((p) => `pe:${u.id}:${p}`));
        for (const p of home) joined.join(p, u.id);
      }
      if (home.length === 0) continue;
      for (const kid of kids) {
        const source = couple ? u.id : u.partners[0]!;
        for (const el of childLink(u, kid, source, layout)) {
          hidden.set(el.data.id!, el);
          inside.push(el.data.id!);
        }
        joined.join(source, kid);
      }
    }
    // Each member's symbol is joined to its badges by a hidden line, so the bubble holds a
    // person and their badges as one piece (a one-person bubble otherwise may come out broken).
    for (const m of h.memberIds) {
      const badge = lastBadge.get(m);
      if (!badge) continue;
      const id = `hb:${h.addressId}:${m}`;
      hidden.set(id, { group: 'edges', data: { id, kind: 'household-link', source: m, target: badge } });
      inside.push(id);
    }
    return {
      id: h.addressId,
      label: [h.street, h.city].filter(Boolean).join(', '),
      colour: HOUSEHOLD_COLOURS[i % HOUSEHOLD_COLOURS.length]!,
      memberIds: [...h.memberIds].sort(),
      insideIds: [...new Set(inside)].sort(),
      connected: joined.connected(h.memberIds),
      parentElsewhere: h.parentElsewhere ?? false,
      unlisted: Math.max(0, (h.residentCount ?? h.memberIds.length) - h.memberIds.length),
    };
  });
  return { overlays, hidden: [...hidden.values()].sort((a, b) => a.data.id!.localeCompare(b.data.id!)) };
}

/** Waypoints at the corners of a child line, and straight hidden edges through them. */
function childLink(u: Union, child: string, source: string, layout: GenogramLayout): ElementDefinition[] {
  const from = u.partners.length === 2 ? layout.unions[u.id]! : layout.persons[source]!;
  const to = layout.persons[child]!;
  const barY = layout.unions[u.id]!.y + (layout.barOffsets[u.id] ?? 0);
  const w1 = `w:${u.id}:${child}:1`;
  const w2 = `w:${u.id}:${child}:2`;
  const node = (id: string, x: number): ElementDefinition => ({ group: 'nodes', data: { id, kind: 'waypoint' }, position: { x, y: barY } });
  const edge = (id: string, a: string, b: string): ElementDefinition => ({
    group: 'edges',
    data: { id, kind: 'household-link', source: a, target: b },
  });
  return [
    node(w1, from.x),
    node(w2, to.x),
    edge(`hl:${u.id}:${child}:1`, source, w1),
    edge(`hl:${u.id}:${child}:2`, w1, w2),
    edge(`hl:${u.id}:${child}:3`, w2, child),
  ];
}

/** Which persons the household's lines join into one piece (a bubble needs one piece, else virtual edges). */
class DisjointSets {
  private readonly parent = new Map<string, string>();
  constructor(ids: string[]) {
    for (const id of ids) this.parent.set(id, id);
  }
  private find(id: string): string {
    if (!this.parent.has(id)) this.parent.set(id, id);
    let root = id;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(id, root);
    return root;
  }
  join(a: string, b: string): void {
    this.parent.set(this.find(a), this.find(b));
  }
  connected(ids: string[]): boolean {
    return new Set(ids.map((id) => this.find(id))).size <= 1;
  }
}

/** Half the width a person's name may take (style.ts wraps names at 180 px). */
const LABEL_HALF_WIDTH = 90;

/** A box a person's symbol and name lines, or one of their badges, take on the drawing. */
export interface NodeBox extends Bounds {
  /** whose: the person, for their badges too */
  personId: string;
  id: string;
}

/** The boxes of persons (symbol, name lines) and badges, from their positions. */
export function nodeBoxes(elements: ElementDefinition[]): NodeBox[] {
  const boxes: NodeBox[] = [];
  for (const e of elements) {
    if (!e.position) continue;
    const { x, y } = e.position;
    const id = String(e.data.id);
    if (e.data.kind === 'person') {
      const lines = String(e.data.label ?? '').split('\n').length;
      boxes.push({
        id,
        personId: id,
        x1: x - LABEL_HALF_WIDTH,
        y1: y - SYMBOL_SIZE / 2,
        x2: x + LABEL_HALF_WIDTH,
        y2: y + labelOffset(lines),
      });
    } else if (e.data.kind === 'badge') {
      const half = Number(e.data.width ?? 0) / 2;
      const halfHeight = Number(e.data.height ?? BADGE_HEIGHT) / 2;
      boxes.push({ id, personId: String(e.data.personId), x1: x - half, y1: y - halfHeight, x2: x + half, y2: y + halfHeight });
    }
  }
  return boxes;
}

/** The extent of persons and badges: what a fit must show. */
function boundsOf(elements: ElementDefinition[]): Bounds {
  const boxes = nodeBoxes(elements);
  if (boxes.length === 0) return { x1: 0, y1: 0, x2: 0, y2: 0 };
  return {
    x1: Math.min(...boxes.map((b) => b.x1)),
    y1: Math.min(...boxes.map((b) => b.y1)),
    x2: Math.max(...boxes.map((b) => b.x2)),
    y2: Math.max(...boxes.map((b) => b.y2)),
  };
}

function structureKey(family: Family, unions: Union[]): string {
  const persons = family.persons.map((p) => p.id).sort();
  return [persons.join(','), unions.map((u) => `${u.id}>${u.childIds.join(',')}`).join(';')].join('|');
}
