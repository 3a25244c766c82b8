// Each person's relation to the person a family view was asked for (the index person), from the
// family's parent links and its partnerships on the as-of date. Codes, not words: the client
// words them by language and sex ("father", "stepdaughter", "half-brother", "lodger"…).
// Pure: the same family gives the same relations.

export type RelationCode =
  | 'self'
  | 'parent'
  | 'child'
  | 'partner'
  | 'former-partner'
  | 'future-partner'
  | 'sibling'
  | 'half-sibling'
  | 'step-parent'
  | 'parent-former-partner'
  | 'child-of-partner'
  | 'step-sibling'
  | 'grandparent'
  | 'grandchild'
  | 'parent-sibling'
  | 'sibling-child'
  | 'partner-parent'
  | 'relative'
  | 'other-adult'
  | 'other-child';

export interface RelationInput {
  rootId: string;
  /** persons of the kinship walk (the rest are co-residents only) */
  kinIds: ReadonlySet<string>;
  persons: readonly { id: string; age: number | null }[];
  parentLinks: readonly { parentId: string; childId: string }[];
  /** partnerships with their status on asOf */
  partnerships: readonly { personA: string; personB: string; status: string }[];
  adultAge?: number;
}

export function relationsToIndex(input: RelationInput): Map<string, RelationCode> {
  const parents = new Map<string, Set<string>>();
  const children = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, value: string) => map.set(key, (map.get(key) ?? new Set()).add(value));
  for (const l of input.parentLinks) {
    add(parents, l.childId, l.parentId);
    add(children, l.parentId, l.childId);
  }
  const partnersBy = (status: (s: string) => boolean) => {
    const out = new Map<string, Set<string>>();
    for (const p of input.partnerships) {
      if (!status(p.status)) continue;
      add(out, p.personA, p.personB);
      add(out, p.personB, p.personA);
    }
    return out;
  };
  const current = partnersBy((s) => s === 'current');
  const former = partnersBy((s) => s === 'separated' || s === 'divorced');
  const future = partnersBy((s) => s === 'future');
  const of = (map: Map<string, Set<string>>, id: string) => map.get(id) ?? new Set<string>();
  const union = (sets: Iterable<Set<string>>) => new Set([...sets].flatMap((s) => [...s]));

  const root = input.rootId;
  const myParents = of(parents, root);
  const myChildren = of(children, root);
  const myPartners = of(current, root);
  const siblings = union([...myParents].map((p) => of(children, p)));
  siblings.delete(root);
  const stepParents = union([...myParents].map((p) => of(current, p)));
  const parentsFormer = union([...myParents].map((p) => of(former, p)));
  const partnersChildren = union([...myPartners].map((p) => of(children, p)));
  const stepSiblings = union([...stepParents].map((p) => of(children, p)));
  const grandparents = union([...myParents].map((p) => of(parents, p)));
  const grandchildren = union([...myChildren].map((c) => of(children, c)));
  const parentSiblings = union([...grandparents].map((g) => of(children, g)));
  const siblingChildren = union([...siblings].map((s) => of(children, s)));
  const partnerParents = union([...myPartners].map((p) => of(parents, p)));

  const sharesAllParents = (id: string) => {
    const theirs = of(parents, id);
    return theirs.size === myParents.size && [...myParents].every((p) => theirs.has(p));
  };
  // Closest relation first: a person who is both (say) a step-parent and a former partner of a
  // parent is named by the first that applies.
  const rules: [RelationCode, (id: string) => boolean][] = [
    ['self', (id) => id === root],
    ['parent', (id) => myParents.has(id)],
    ['child', (id) => myChildren.has(id)],
    ['partner', (id) => myPartners.has(id)],
    ['former-partner', (id) => of(former, root).has(id)],
    ['future-partner', (id) => of(future, root).has(id)],
    ['sibling', (id) => siblings.has(id) && sharesAllParents(id)],
    ['half-sibling', (id) => siblings.has(id)],
    ['step-parent', (id) => stepParents.has(id)],
    ['child-of-partner', (id) => partnersChildren.has(id)],
    ['step-sibling', (id) => stepSiblings.has(id)],
    ['parent-former-partner', (id) => parentsFormer.has(id)],
    ['grandparent', (id) => grandparents.has(id)],
    ['grandchild', (id) => grandchildren.has(id)],
    ['parent-sibling', (id) => parentSiblings.has(id) && !myParents.has(id)],
    ['sibling-child', (id) => siblingChildren.has(id)],
    ['partner-parent', (id) => partnerParents.has(id)],
    ['relative', (id) => input.kinIds.has(id)],
  ];
  const adultAge = input.adultAge ?? 18;
  const out = new Map<string, RelationCode>();
  for (const p of input.persons) {
    const hit = rules.find(([, test]) => test(p.id));
    out.set(p.id, hit ? hit[0] : (p.age ?? 0) >= adultAge ? 'other-adult' : 'other-child');
  }
  return out;
}
