import cytoscape, { type Core, type ElementDefinition, type NodeCollection, type NodeSingular } from 'cytoscape';
import { BubbleSetsPlugin } from 'cytoscape-bubblesets';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import type { Bounds, Genogram, HouseholdOverlay } from './genogram/elements';
import { bubbleOutlines, renderExport, type ExportInfo } from './genogram/export';
import { genogramStyle } from './genogram/style';
import styles from './explorer.module.css';

declare global {
  interface Window {
    /**
     * Test hook: the explorer's Cytoscape instance, so browser tests can read the drawn model
     * (nodes, data, positions, households) instead of pixels. Present while the explorer is open.
     */
    __opsporCy?: Core;
  }
}

export interface GenogramHandle {
  fit(): void;
  zoomBy(factor: number): void;
  /** the drawing with household bubbles, legend and footer, as a canvas */
  exportCanvas(info: ExportInfo): Promise<HTMLCanvasElement | undefined>;
}

/** A person in keyboard order, with the text a screen reader announces. */
export interface KeyPerson {
  id: string;
  label: string;
}

interface Props {
  genogram: Genogram;
  selectedId: string | null;
  onSelect(personId: string | null): void;
  onExpand(personId: string): void;
  label: string;
  /** persons in keyboard order (searched person, partners, children, parents …) */
  keyOrder?: KeyPerson[];
  /** text before the keyboard list ("Persons in the family tree") */
  keyLabel?: string;
  /** called when a drawing is complete, household bubbles included */
  onDrawn?(): void;
  ref?: Ref<GenogramHandle>;
}

/**
 * The one owner of the Cytoscape instance: created once, destroyed on unmount; new data is
 * diffed in by id inside one batch; the preset layout runs only when positions changed.
 */
export function GenogramCanvas({ genogram, selectedId, onSelect, onExpand, label, keyOrder = [], keyLabel, onDrawn, ref }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const bubbles = useRef<BubbleSetsPlugin | null>(null);
  const householdsDrawn = useRef<Promise<void>>(Promise.resolve());
  const bounds = useRef<Bounds | null>(null);
  const shown = useRef<{ structureKey: string; positionKey: string }>({ structureKey: '', positionKey: '' });
  const handlers = useRef({ onSelect, onExpand, onDrawn });
  handlers.current = { onSelect, onExpand, onDrawn };

  useEffect(() => {
    const cy = cytoscape({
      container: container.current,
      style: genogramStyle(),
      layout: { name: 'preset' },
      minZoom: 0.15,
      maxZoom: 3,
      boxSelectionEnabled: false,
      autoungrabify: true,
    });
    cy.on('tap', 'node[kind = "person"]', (e) => handlers.current.onSelect(e.target.id()));
    cy.on('tap', (e) => {
      if (e.target === cy) handlers.current.onSelect(null);
    });
    cy.on('dbltap', 'node[kind = "person"]', (e) => handlers.current.onExpand(e.target.id()));
    cyRef.current = cy;
    bubbles.current = new BubbleSetsPlugin(cy);
    window.__opsporCy = cy;
    // Cytoscape only notices window resizes; the side panel also narrows the canvas: fit again
    // so nobody is cut off.
    let width = container.current?.clientWidth ?? 0;
    const resize = new window.ResizeObserver(() => {
      cy.resize();
      const now = container.current?.clientWidth ?? 0;
      // Bubbles are drawn in model coordinates: fitting moves them with the drawing, no redraw.
      if (now !== width && bounds.current) fitTo(cy, bounds.current);
      width = now;
    });
    if (container.current) resize.observe(container.current);
    return () => {
      resize.disconnect();
      bubbles.current?.destroy();
      bubbles.current = null;
      if (window.__opsporCy === cy) delete window.__opsporCy;
      cy.destroy();
      cyRef.current = null;
      shown.current = { structureKey: '', positionKey: '' };
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    // Old bubbles go first: attached, they would recompute on every position the layout sets.
    cy.removeData('households');
    clearHouseholds(cy, bubbles.current);
    const structureChanged = shown.current.structureKey !== genogram.structureKey;
    const positionsChanged = shown.current.positionKey !== genogram.positionKey;
    cy.batch(() => diffElements(cy, genogram.elements));
    if (positionsChanged) {
      const positions = Object.fromEntries(genogram.elements.filter((e) => e.position).map((e) => [e.data.id!, e.position!]));
      cy.layout({ name: 'preset', positions, fit: false, animate: false }).run();
      if (structureChanged) fitTo(cy, genogram.bounds);
    }
    bounds.current = genogram.bounds;
    shown.current = { structureKey: genogram.structureKey, positionKey: genogram.positionKey };
    let cancelled = false;
    const draw = () => {
      if (cancelled || cyRef.current !== cy) return;
      drawHouseholds(cy, bubbles.current, genogram.households);
      handlers.current.onDrawn?.();
    };
    // Many households: the persons are painted first and the bubbles follow in the next frame
    // (their outlines take a while). A few: drawn at once, in the same frame as the persons.
    const deferred = genogram.households.length > FINE_HOUSEHOLDS;
    const frame = deferred ? requestAnimationFrame(() => setTimeout(draw)) : 0;
    if (!deferred) draw();
    householdsDrawn.current = new Promise<void>((resolve) => {
      const check = () => (cancelled || cy.data('households') ? resolve() : setTimeout(check, 20));
      check();
    });
    return () => {
      cancelled = true;
      if (frame) cancelAnimationFrame(frame);
    };
  }, [genogram]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.nodes('.selected').removeClass('selected');
    if (selectedId) cy.getElementById(selectedId).addClass('selected');
  }, [selectedId, genogram]);

  useImperativeHandle(
    ref,
    () => ({
      fit: () => cyRef.current && bounds.current && fitTo(cyRef.current, bounds.current),
      zoomBy: (factor: number) => {
        const cy = cyRef.current;
        if (!cy) return;
        cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      },
      exportCanvas: async (info: ExportInfo) => {
        const cy = cyRef.current;
        if (!cy || !container.current) return undefined;
        await householdsDrawn.current;
        return renderExport(cy, bubbleOutlines(container.current, info.households), info);
      },
    }),
    [],
  );

  const focus = (id: string | null) => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.nodes('.focused').removeClass('focused');
    if (!id) return;
    const node = cy.getElementById(id);
    node.addClass('focused');
    const box = node.renderedBoundingBox({});
    if (box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height()) cy.center(node);
  };

  return (
    <>
      <div ref={container} className={styles.genogramCanvas} role="img" aria-label={label} data-testid="genogram" />
      {keyOrder.length > 0 && (
        <nav className="genogram-keys visually-hidden" aria-label={keyLabel ?? label} data-testid="genogram-keys">
          <ol>
            {keyOrder.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  data-person-id={p.id}
                  aria-pressed={p.id === selectedId}
                  onFocus={() => focus(p.id)}
                  onBlur={() => focus(null)}
                  onClick={() => onSelect(p.id)}
                >
                  {p.label}
                </button>
              </li>
            ))}
          </ol>
        </nav>
      )}
    </>
  );
}

/** Removes what is gone, updates what stays (data, classes), adds what is new. */
function diffElements(cy: Core, elements: ElementDefinition[]): void {
  const wanted = new Map(elements.map((e) => [e.data.id!, e]));
  // A node whose text changed (the language switched) is drawn afresh, with its lines: updated in
  // place, Cytoscape kept painting the new text into the old text's cached size, clipped or squeezed
  // ("× violenc", "domestic disturba" where Danish had shorter words).
  const retexted = (el: NodeSingular) => {
    const def = wanted.get(el.id());
    return def !== undefined && (def.data.label !== el.data('label') || def.data.display !== el.data('display'));
  };
  cy.elements()
    .filter((el) => !wanted.has(el.id()) || (el.isNode() && retexted(el)))
    .remove();
  const added: ElementDefinition[] = [];
  for (const [id, def] of wanted) {
    const existing = cy.getElementById(id);
    if (existing.empty()) {
      added.push(def);
      continue;
    }
    existing.data(def.data);
    existing.classes(typeof def.classes === 'string' ? def.classes : '');
  }
  // Nodes before edges, so every edge finds its ends.
  cy.add(added.filter((e) => e.group === 'nodes'));
  cy.add(added.filter((e) => e.group === 'edges'));
}

/** Up to this many households, bubbles are outlined on the finer grid. */
const FINE_HOUSEHOLDS = 12;

/** Removes every household bubble (and the plugin's per-element scratch), so the next draw starts afresh. */
function clearHouseholds(cy: Core, plugin: BubbleSetsPlugin | null): void {
  if (!plugin) return;
  for (const path of plugin.getPaths()) {
    const used = path.nodes.union(path.edges).union(path.avoidNodes);
    plugin.removePath(path);
    // A removed path can still have a throttled update pending (e.g. from elements the diff just
    // removed); it would read the empty scratch that removal leaves ("reading 'length'"). Make
    // that late update a no-op and clear the scratch so the next path computes afresh.
    path.update = () => undefined;
    used.removeScratch('bubbleSets');
  }
  cy.elements().removeScratch('bubbleSets');
}

/** One bubble per household around its members, following the lines that join them, avoiding everyone else. */
function drawHouseholds(cy: Core, plugin: BubbleSetsPlugin | null, households: HouseholdOverlay[]): void {
  clearHouseholds(cy, plugin);
  if (plugin) {
    // Every symbol and badge, with its box measured once: measuring labels is what costs, and a
    // large family has many households that each look for the non-members near them.
    const people = cy.nodes('[kind = "person"], [kind = "badge"]');
    const personOf = new Map<string, string>();
    const boxes = new Map<string, Box>();
    const own = new Map<string, NodeCollection>();
    people.forEach((n) => {
      const personId = String(n.data('personId') ?? n.id());
      personOf.set(n.id(), personId);
      boxes.set(n.id(), n.boundingBox({}));
      own.set(personId, (own.get(personId) ?? cy.collection()).union(n));
    });
    // The outline is computed on a grid of `pixelGroup` px: finer for a few households, coarser
    // (four times fewer cells, visually the same at the zoom a large family is seen at) for many.
    const pixelGroup = households.length > FINE_HOUSEHOLDS ? 8 : 4;
    for (const h of households) {
      const members = new Set(h.memberIds);
      let nodes = cy.collection();
      for (const id of h.memberIds) nodes = nodes.union(own.get(id) ?? cy.collection());
      let edges = cy.collection();
      for (const id of h.insideIds) {
        const el = cy.getElementById(id);
        if (el.isNode()) nodes = nodes.union(el);
        else edges = edges.union(el);
      }
      // Only non-members near the household can dent its bubble: avoiding everyone else costs
      // time in proportion to the whole family for every household.
      const near = grow(nodes.union(edges).boundingBox({}), 80);
      const avoid = people.filter((n) => !members.has(personOf.get(n.id())!) && overlaps(boxes.get(n.id())!, near));
      const path = plugin.addPath(nodes.nodes(), edges.edges(), avoid, {
        // one person: no lines to route along, and virtual edges would have nothing to join
        virtualEdges: !h.connected && h.memberIds.length > 1,
        includeLabels: true,
        pixelGroup,
        style: { fill: `${h.colour}26`, stroke: h.colour, strokeWidth: '2.5' },
      });
      // The plugin sometimes finds no outline for a lone person (seen after the canvas narrowed):
      // a household is never left undrawn, so fall back to a rounded box around its members.
      if (!path.node.getAttribute('d')) path.node.setAttribute('d', roundedBox(nodes.boundingBox({}), 14));
    }
  }
  // Read by tests and the bench: the households now drawn.
  cy.data('households', households);
}

/**
 * Fits the view to the drawing's extent known from the model (as `cy.fit` would, 40 px margin),
 * without making Cytoscape measure every label first: on a large family that measuring is a good
 * part of the first drawing's time.
 */
function fitTo(cy: Core, b: Bounds, margin = 40): void {
  const w = Math.max(1, b.x2 - b.x1);
  const h = Math.max(1, b.y2 - b.y1);
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), Math.min((cy.width() - 2 * margin) / w, (cy.height() - 2 * margin) / h)));
  cy.viewport({ zoom, pan: { x: (cy.width() - zoom * (b.x1 + b.x2)) / 2, y: (cy.height() - zoom * (b.y1 + b.y2)) / 2 } });
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

function grow(b: Box, by: number): Box {
  return { x1: b.x1 - by, y1: b.y1 - by, x2: b.x2 + by, y2: b.y2 + by };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x1 <= b.x2 && a.x2 >= b.x1 && a.y1 <= b.y2 && a.y2 >= b.y1;
}

/** An SVG path of a rounded rectangle around a bounding box, `pad` outside it. */
function roundedBox(bb: Box, pad: number): string {
  const [x1, y1, x2, y2] = [bb.x1 - pad, bb.y1 - pad, bb.x2 + pad, bb.y2 + pad];
  const r = 18;
  return (
    `M${x1 + r} ${y1}H${x2 - r}Q${x2} ${y1} ${x2} ${y1 + r}V${y2 - r}Q${x2} ${y2} ${x2 - r} ${y2}` +
    `H${x1 + r}Q${x1} ${y2} ${x1} ${y2 - r}V${y1 + r}Q${x1} ${y1} ${x1 + r} ${y1}Z`
  );
}
