// A small genogram layout fed to Cytoscape's `preset` layout (see shared/notes/genogram.md):
// one generation a row; partners side by side as one block ("partner chain"); children under
// their parents' union, oldest left; x positions from alternating downward/upward passes, each
// pass placing a row's blocks as close to their wishes as their order and spacing allow.
// Pure and deterministic: it reads ids and dates, never the order elements arrive in.
import type { ParentLink } from '../family.types';
import type { Union } from './unions';

export interface LayoutPerson {
  id: string;
  sex: string;
  birthDate: string;
  /** badges drawn under the person: rows with more badges are taller */
  badges: number;
  /** their lines of text, when a long badge wraps (badges.ts): each line past the first adds `badgeLine` */
  badgeLines?: number;
}

export interface LayoutInput {
  rootId: string;
  persons: LayoutPerson[];
  parentLinks: ParentLink[];
  unions: Union[];
}

export interface LayoutOptions {
  /** centre-to-centre distance of neighbours in a row */
  gap: number;
  /** symbol size */
  symbol: number;
  /** name label under a symbol */
  label: number;
  /** height of one badge row */
  badge: number;
  /** what a badge's second line adds to its height (badges.ts BADGE_LINE_HEIGHT) */
  badgeLine: number;
  /** free space between one row's lowest badge and the next row's symbols */
  rowGap: number;
  /** alternating passes */
  rounds: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = { gap: 200, symbol: 56, label: 52, badge: 21, badgeLine: 13, rowGap: 70, rounds: 6 };

export interface Point {
  x: number;
  y: number;
}

export interface GenogramLayout {
  persons: Record<string, Point>;
  unions: Record<string, Point>;
  /** per union with children: the distance below the union where the sibling bar runs (Cytoscape `taxi-turn`) */
  barOffsets: Record<string, number>;
  generation: Record<string, number>;
}

interface Chain {
  members: string[];
  /** x of the first member */
  left: number;
}

/** A wish: the mean x of `members` should be `target`. */
interface Pull {
  members: string[];
  target: number;
  /** birth date of the child a downward pull belongs to: siblings with equal wishes go oldest first */
  rank: string;
}

export function layoutGenogram(input: LayoutInput, options: LayoutOptions = DEFAULT_LAYOUT): GenogramLayout {
  const persons = [...input.persons].sort((a, b) => a.id.localeCompare(b.id));
  const byId = new Map(persons.map((p) => [p.id, p]));
  const unions = input.unions.filter((u) => u.partners.every((id) => byId.has(id)));
  const generation = generations(input.rootId, persons, input.parentLinks, unions);
  const rowCount = Math.max(0, ...generation.values()) + 1;

  const chainsByRow: Chain[][] = Array.from({ length: rowCount }, () => []);
  for (const chain of partnerChains(persons, unions, generation)) {
    chainsByRow[generation.get(chain.members[0]!)!]!.push(chain);
  }
  const x = new Map<string, number>();
  const visit = visitOrder(input.rootId, persons, input.parentLinks, unions);
  for (const row of chainsByRow) {
    row.sort((a, b) => minOf(a.members, visit) - minOf(b.members, visit));
    pack(row, options.gap, x);
  }

  const parentUnion = new Map<string, Union>();
  for (const u of unions) for (const c of u.childIds) parentUnion.set(c, u);
  const unionX = (u: Union) => mean(u.partners.map((id) => x.get(id) ?? 0));
  const birth = (id: string) => byId.get(id)?.birthDate ?? '';

  const downPulls = (chain: Chain): Pull[] =>
    chain.members.flatMap((m) => {
      const u = parentUnion.get(m);
      return u ? [{ members: [m], target: unionX(u), rank: birth(m) }] : [];
    });
  const upPulls = (chain: Chain): Pull[] => {
    const inChain = new Set(chain.members);
    return unions
      .filter((u) => u.childIds.length > 0 && u.partners.some((p) => inChain.has(p)))
      .map((u) => ({
        members: u.partners.filter((p) => inChain.has(p)),
        target: mean(u.childIds.map((c) => x.get(c) ?? 0)),
        rank: '',
      }));
  };

  const rows = chainsByRow.map((_, i) => i);
  for (let round = 0; round < options.rounds; round++) {
    for (const r of rows.slice(1)) placeRow(chainsByRow[r]!, downPulls, options.gap, x);
    for (const r of rows.slice(0, -1).reverse()) placeRow(chainsByRow[r]!, upPulls, options.gap, x);
  }
  for (const r of rows.slice(1)) placeRow(chainsByRow[r]!, downPulls, options.gap, x);

  // Rows: a row is as tall as its symbols, names and the tallest badge stack anyone in it has.
  const rowY: number[] = [];
  const rowBottom: number[] = [];
  let y = 0;
  for (let r = 0; r < rowCount; r++) {
    const badges = Math.max(
      0,
      ...persons.filter((p) => generation.get(p.id) === r).map((p) => badgeStack(p.badges, p.badgeLines, options)),
    );
    rowY.push(y);
    rowBottom.push(y + options.symbol / 2 + options.label + badges);
    y = rowBottom[r]! + options.rowGap + options.symbol / 2;
  }

  const minX = Math.min(0, ...x.values());
  const result: GenogramLayout = { persons: {}, unions: {}, barOffsets: {}, generation: {} };
  for (const p of persons) {
    const g = generation.get(p.id)!;
    result.persons[p.id] = { x: round1((x.get(p.id) ?? 0) - minX), y: rowY[g]! };
    result.generation[p.id] = g;
  }
  for (const u of unions) {
    const rowsOfPartners = u.partners.map((id) => generation.get(id)!);
    const row = Math.max(...rowsOfPartners);
    const point = { x: round1(unionX(u) - minX), y: mean(u.partners.map((id) => rowY[generation.get(id)!]!)) };
    result.unions[u.id] = point;
    if (u.childIds.length > 0) result.barOffsets[u.id] = round1(rowBottom[row]! + options.rowGap / 2 - point.y);
  }
  return result;
}

/** The height a person's badges take: a row each, and a line more for each wrapped line. */
export function badgeStack(badges: number, lines: number | undefined, options: LayoutOptions): number {
  return badges * options.badge + Math.max(0, (lines ?? badges) - badges) * options.badgeLine;
}

/** Generation rows: breadth-first from the searched person (parents one up, children one down, partners level). */
function generations(rootId: string, persons: LayoutPerson[], links: ParentLink[], unions: Union[]): Map<string, number> {
  const ids = new Set(persons.map((p) => p.id));
  const steps = new Map<string, [string, number][]>();
  const add = (from: string, to: string, step: number) => {
    if (!ids.has(from) || !ids.has(to)) return;
    steps.set(from, [...(steps.get(from) ?? []), [to, step]]);
  };
  for (const l of links) {
    add(l.childId, l.parentId, -1);
    add(l.parentId, l.childId, 1);
  }
  for (const u of unions) {
    const [a, b] = u.partners;
    if (a && b) {
      add(a, b, 0);
      add(b, a, 0);
    }
  }
  for (const list of steps.values()) list.sort((p, q) => p[0].localeCompare(q[0]) || p[1] - q[1]);
  const gen = new Map<string, number>();
  const starts = [rootId, ...[...ids].sort()].filter((id) => ids.has(id));
  // A person not linked to the searched one by kinship (a lodger, a partner's child from
  // elsewhere) starts in the row of their generation by age: a row per 25 years of difference.
  const birthYear = new Map(persons.map((p) => [p.id, Number(p.birthDate.slice(0, 4))]));
  const rootYear = birthYear.get(rootId) ?? 0;
  for (const start of starts) {
    if (gen.has(start)) continue;
    gen.set(start, start === rootId ? 0 : Math.round(((birthYear.get(start) ?? rootYear) - rootYear) / 25) || 0);
    const queue = [start];
    while (queue.length > 0) {
      const id = queue.shift()!;
      for (const [next, step] of steps.get(id) ?? []) {
        if (gen.has(next)) continue;
        gen.set(next, gen.get(id)! + step);
        queue.push(next);
      }
    }
  }
  const min = Math.min(0, ...gen.values());
  for (const [id, g] of gen) gen.set(id, g - min);
  return gen;
}

/** Partners in one row, linked into chains (ex-partner – person – partner – …), each walked from one end. */
function partnerChains(persons: LayoutPerson[], unions: Union[], generation: Map<string, number>): Chain[] {
  const adjacent = new Map<string, { id: string; since: string }[]>();
  for (const u of unions) {
    const [a, b] = u.partners;
    if (!a || !b || generation.get(a) !== generation.get(b)) continue;
    const since = u.partnership?.from ?? '';
    adjacent.set(a, [...(adjacent.get(a) ?? []), { id: b, since }]);
    adjacent.set(b, [...(adjacent.get(b) ?? []), { id: a, since }]);
  }
  for (const list of adjacent.values()) list.sort((p, q) => p.since.localeCompare(q.since) || p.id.localeCompare(q.id));
  const done = new Set<string>();
  const chains: Chain[] = [];
  for (const p of persons) {
    if (done.has(p.id)) continue;
    const component = collect(p.id, adjacent);
    // Start at an end of the chain (fewest partners, then smallest id) so a path is walked in order.
    const start = [...component].sort((a, b) => (adjacent.get(a)?.length ?? 0) - (adjacent.get(b)?.length ?? 0) || a.localeCompare(b))[0]!;
    const members: string[] = [];
    const walk = (id: string) => {
      if (done.has(id)) return;
      done.add(id);
      members.push(id);
      for (const n of adjacent.get(id) ?? []) walk(n.id);
    };
    walk(start);
    chains.push({ members, left: 0 });
  }
  return chains;
}

function collect(start: string, adjacent: Map<string, { id: string }[]>): Set<string> {
  const seen = new Set([start]);
  const stack = [start];
  while (stack.length > 0) {
    for (const n of adjacent.get(stack.pop()!) ?? []) {
      if (!seen.has(n.id)) {
        seen.add(n.id);
        stack.push(n.id);
      }
    }
  }
  return seen;
}

/** A first order for each row: depth-first from the searched person, fathers before mothers, children by birth. */
function visitOrder(rootId: string, persons: LayoutPerson[], links: ParentLink[], unions: Union[]): Map<string, number> {
  const byId = new Map(persons.map((p) => [p.id, p]));
  const parents = new Map<string, string[]>();
  const children = new Map<string, string[]>();
  for (const l of links) {
    if (!byId.has(l.parentId) || !byId.has(l.childId)) continue;
    parents.set(l.childId, [...(parents.get(l.childId) ?? []), l.parentId]);
    children.set(l.parentId, [...(children.get(l.parentId) ?? []), l.childId]);
  }
  const partners = new Map<string, string[]>();
  for (const u of unions) {
    const [a, b] = u.partners;
    if (!a || !b) continue;
    partners.set(a, [...(partners.get(a) ?? []), b]);
    partners.set(b, [...(partners.get(b) ?? []), a]);
  }
  const sexRank = (id: string) => ({ M: 0, U: 1, F: 2 })[byId.get(id)?.sex ?? 'U'] ?? 1;
  const birth = (id: string) => byId.get(id)?.birthDate ?? '';
  const order = new Map<string, number>();
  const visit = (id: string) => {
    if (order.has(id)) return;
    order.set(id, order.size);
    for (const p of [...(parents.get(id) ?? [])].sort((a, b) => sexRank(a) - sexRank(b) || a.localeCompare(b))) visit(p);
    for (const p of [...(partners.get(id) ?? [])].sort()) visit(p);
    for (const c of [...(children.get(id) ?? [])].sort((a, b) => birth(a).localeCompare(birth(b)) || a.localeCompare(b))) visit(c);
  };
  if (byId.has(rootId)) visit(rootId);
  for (const p of persons) visit(p.id);
  return order;
}

/**
 * Places one row: each chain takes the orientation and left position that best meet its pulls,
 * chains are ordered by where they want to be, then spread left to right with at least `gap`
 * between neighbours, as close to their wishes as possible (isotonic regression, pool-adjacent-violators).
 */
function placeRow(row: Chain[], pullsOf: (chain: Chain) => Pull[], gap: number, x: Map<string, number>): void {
  const wishes = row.map((chain) => {
    const pulls = pullsOf(chain);
    if (pulls.length === 0) return { chain, left: chain.left, weight: 0.05, rank: '' };
    const forward = bestLeft(chain.members, pulls, gap);
    const reversed = bestLeft([...chain.members].reverse(), pulls, gap);
    if (chain.members.length > 1 && reversed.cost < forward.cost - 1e-6) chain.members.reverse();
    const best = chain.members.length > 1 && reversed.cost < forward.cost - 1e-6 ? reversed : forward;
    const rank = pulls.map((p) => p.rank).sort()[0] ?? '';
    return { chain, left: best.left, weight: pulls.length, rank };
  });
  const width = (c: Chain) => (c.members.length - 1) * gap;
  wishes.sort(
    (a, b) =>
      a.left + width(a.chain) / 2 - (b.left + width(b.chain) / 2) ||
      a.rank.localeCompare(b.rank) ||
      a.chain.members[0]!.localeCompare(b.chain.members[0]!),
  );
  // Shift out the spacing so the constraint becomes plain order, then pool adjacent violators.
  const blocks: { value: number; weight: number; count: number }[] = [];
  let shift = 0;
  const shifts: number[] = [];
  for (const w of wishes) {
    shifts.push(shift);
    let block = { value: w.left - shift, weight: w.weight, count: 1 };
    while (blocks.length > 0 && blocks[blocks.length - 1]!.value > block.value) {
      const prev = blocks.pop()!;
      const weight = prev.weight + block.weight;
      block = { value: (prev.value * prev.weight + block.value * block.weight) / weight, weight, count: prev.count + block.count };
    }
    blocks.push(block);
    shift += width(w.chain) + gap;
  }
  let i = 0;
  for (const block of blocks) {
    for (let k = 0; k < block.count; k++, i++) {
      const chain = wishes[i]!.chain;
      chain.left = block.value + shifts[i]!;
      chain.members.forEach((m, j) => x.set(m, chain.left + j * gap));
    }
  }
  row.splice(0, row.length, ...wishes.map((w) => w.chain));
}

/** The left position meeting a chain's pulls best (least squares), and what is left unmet. */
function bestLeft(members: string[], pulls: Pull[], gap: number): { left: number; cost: number } {
  const index = new Map(members.map((m, i) => [m, i]));
  const lefts = pulls.map((p) => p.target - mean(p.members.map((m) => (index.get(m) ?? 0) * gap)));
  const left = mean(lefts);
  return { left, cost: lefts.reduce((sum, l) => sum + (l - left) ** 2, 0) };
}

function pack(row: Chain[], gap: number, x: Map<string, number>): void {
  let cursor = 0;
  for (const chain of row) {
    chain.left = cursor;
    chain.members.forEach((m, j) => x.set(m, cursor + j * gap));
    cursor += chain.members.length * gap;
  }
}

function minOf(ids: string[], order: Map<string, number>): number {
  return Math.min(...ids.map((id) => order.get(id) ?? Number.MAX_SAFE_INTEGER));
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
