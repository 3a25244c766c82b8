// The genogram's Cytoscape stylesheet, a function of the theme so colours live in one place.
import type { StylesheetJson } from 'cytoscape';
import { SYMBOL_SIZE } from './symbols';

export interface GenogramTheme {
  ink: string;
  muted: string;
  selection: string;
  flag: string;
  font: string;
}

export const DEFAULT_THEME: GenogramTheme = {
  ink: '#1f2933',
  muted: '#7b8794',
  selection: '#2f6fd0',
  flag: '#e67e22',
  font: 'Helvetica, Arial, sans-serif',
};

export function genogramStyle(theme: GenogramTheme = DEFAULT_THEME): StylesheetJson {
  return [
    {
      selector: 'node[kind = "person"]',
      style: {
        width: SYMBOL_SIZE,
        height: SYMBOL_SIZE,
        shape: 'rectangle',
        'background-opacity': 0,
        'background-image': 'data(image)',
        'background-fit': 'contain',
        'background-clip': 'none',
        'border-width': 0,
        label: 'data(label)',
        'font-family': theme.font,
        'font-size': 13,
        'line-height': 1.15,
        color: theme.ink,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 2,
        'text-wrap': 'wrap',
        'text-max-width': '180px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        // Names too small to read at this zoom are not drawn (a large family zoomed out).
        'min-zoomed-font-size': 5,
      },
    },
    { selector: 'node[kind = "person"][sex = "F"]', style: { shape: 'ellipse' } },
    { selector: 'node[kind = "person"][sex = "U"]', style: { shape: 'diamond' } },
    { selector: 'node.searched', style: { 'font-weight': 'bold' } },
    { selector: 'node.coresident', style: { 'font-style': 'italic' } },
    { selector: 'node.focused', style: { 'border-width': 3, 'border-color': theme.selection, 'border-style': 'solid' } },
    // Not yet born on the date: the symbol is drawn grey and dashed (symbols.ts), the name grey.
    { selector: 'node.unborn', style: { color: theme.muted } },
    {
      selector: 'node.flagged',
      style: { 'underlay-color': theme.flag, 'underlay-opacity': 0.4, 'underlay-padding': 6, 'underlay-shape': 'round-rectangle' },
    },
    { selector: 'node.flagged[sex = "F"]', style: { 'underlay-shape': 'ellipse' } },
    {
      selector: 'node.selected',
      style: { 'overlay-color': theme.selection, 'overlay-opacity': 0.18, 'overlay-padding': 6 },
    },
    {
      selector: 'node[kind = "badge"]',
      style: {
        shape: 'round-rectangle',
        width: 'data(width)',
        height: 'data(height)',
        'background-color': 'data(fill)',
        'border-color': 'data(colour)',
        'border-width': 1.5,
        // wrapped at the line breaks badges.ts put in (BADGE_LINE_CHARS), 13 px a line
        label: 'data(display)',
        'text-wrap': 'wrap',
        'line-height': 1.2,
        'font-family': theme.font,
        'font-size': 11,
        color: theme.ink,
        'text-valign': 'center',
        'text-halign': 'center',
        'min-zoomed-font-size': 5,
        events: 'no',
      },
    },
    {
      selector: 'node[kind = "union"]',
      style: {
        width: 6,
        height: 6,
        shape: 'ellipse',
        'background-color': theme.ink,
        label: 'data(mark)',
        'font-family': theme.font,
        'font-size': 22,
        'font-weight': 'bold',
        color: theme.ink,
        'text-valign': 'center',
        'text-halign': 'center',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0,
        events: 'no',
      },
    },
    { selector: 'node[kind = "union"][status = "future"]', style: { opacity: 0.35 } },
    {
      selector: 'edge[kind = "partner"]',
      style: { width: 3, 'line-color': theme.ink, 'curve-style': 'straight', events: 'no' },
    },
    { selector: 'edge[kind = "partner"][partnershipKind = "cohabiting"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [9, 6] } },
    { selector: 'edge[kind = "partner"][partnershipKind = "unregistered"]', style: { 'line-style': 'dotted', width: 2 } },
    { selector: 'edge[kind = "partner"][status = "future"]', style: { opacity: 0.3 } },
    {
      selector: 'edge[kind = "partner"][status = "separated"], edge[kind = "partner"][status = "divorced"]',
      style: { 'line-color': theme.muted },
    },
    // Invisible twins of child lines and their corners: only the household bubbles use them.
    { selector: 'node[kind = "waypoint"]', style: { width: 1, height: 1, opacity: 0, events: 'no' } },
    { selector: 'edge[kind = "household-link"]', style: { opacity: 0, width: 1, 'curve-style': 'straight', events: 'no' } },
    {
      selector: 'edge[kind = "child"]',
      style: {
        width: 2.5,
        'line-color': theme.ink,
        'curve-style': 'taxi',
        'taxi-direction': 'downward',
        'taxi-turn': 'data(taxiTurn)',
        'taxi-turn-min-distance': 4,
        'source-endpoint': 'inside-to-node',
        'target-endpoint': 'outside-to-node',
        events: 'no',
      },
    },
  ];
}
