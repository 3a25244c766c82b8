import cytoscape, { type Core, type StylesheetJson } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { ResultGraph } from './queries-api';
import { elementsKey, resultElements } from './result-elements';
import styles from './queries.module.css';

declare global {
  interface Window {
    /** Test hook: the saved-query result graph's Cytoscape instance, while it is shown. */
    __opsporQueryCy?: Core;
  }
}

const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'background-color': '#8a94a6',
      width: 22,
      height: 22,
      'text-wrap': 'ellipsis',
      'text-max-width': '120px',
    },
  },
  { selector: 'node.person', style: { 'background-color': '#2f6db5' } },
  { selector: 'node.address', style: { 'background-color': '#3f8f5a', shape: 'round-rectangle' } },
  { selector: 'node.case', style: { 'background-color': '#b5562f', shape: 'diamond' } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#9aa3b2',
      'target-arrow-color': '#9aa3b2',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 9,
      color: '#5b6473',
      'text-rotation': 'autorotate',
    },
  },
  { selector: ':selected', style: { 'border-width': 3, 'border-color': '#f2b705' } },
];

/** Owns the result's Cytoscape instance: created once, elements replaced and laid out when the result changes. */
export function ResultGraphCanvas({ graph, label, fitSignal }: { graph: ResultGraph; label: string; fitSignal: number }) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const shownKey = useRef('');

  useEffect(() => {
    const cy = cytoscape({ container: container.current, style: STYLE, minZoom: 0.1, maxZoom: 1.5, boxSelectionEnabled: false });
    cyRef.current = cy;
    window.__opsporQueryCy = cy;
    const resize = new window.ResizeObserver(() => cy.resize());
    if (container.current) resize.observe(container.current);
    return () => {
      resize.disconnect();
      if (window.__opsporQueryCy === cy) delete window.__opsporQueryCy;
      cy.destroy();
      cyRef.current = null;
      shownKey.current = '';
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const key = elementsKey(graph);
    if (key === shownKey.current) return;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(resultElements(graph));
    });
    cy.layout({ name: 'cose', animate: false, fit: true, padding: 30, nodeRepulsion: () => 8000 }).run();
    shownKey.current = key;
  }, [graph]);

  useEffect(() => {
    if (fitSignal > 0) cyRef.current?.fit(undefined, 30);
  }, [fitSignal]);

  return <div ref={container} className={styles.queryGraph} role="img" aria-label={label} data-testid="query-graph" />;
}
