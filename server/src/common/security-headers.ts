import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers for every response (issue 14 item 10): a Content Security Policy that allows
 * only the built client's own files (no inline script, no eval, no inline <style>), no framing (X-Frame-Options
 * DENY and frame-ancestors 'none'), nosniff, no Referer. HSTS only when the API is not a
 * loopback development server (a browser ignores it over plain HTTP anyway).
 */
/** The one <style> element the client adds: Cytoscape's container rule, allowed by its hash. */
const CYTOSCAPE_STYLE = '.__________cytoscape_container { position: relative; }';
const styleHash = (css: string) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;

export function securityHeaders(options: { loopback: boolean }): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        // style attributes (the genogram library positions its layers with them); <style> elements only by hash
        styleSrcAttr: ["'unsafe-inline'"],
        styleSrcElem: ["'self'", styleHash(CYTOSCAPE_STYLE)],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: options.loopback ? false : { maxAge: 31_536_000, includeSubDomains: true },
    crossOriginEmbedderPolicy: false,
  });
}
