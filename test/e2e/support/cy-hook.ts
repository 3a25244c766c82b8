// The explorer exposes its Cytoscape instance as window.__opsporCy (a test hook, see
// client/src/explorer/GenogramCanvas.tsx) so browser tests read the drawn model, not pixels.
import type { Core } from 'cytoscape';

declare global {
  interface Window {
    __opsporCy?: Core;
  }
}

export {};
