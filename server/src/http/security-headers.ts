import type { FastifyInstance } from 'fastify';
import { REPORT_STYLE_HASH } from '../reports/report-html.js';

/**
 * The app's Content-Security-Policy. Everything comes from this server: the built client has no
 * inline script or style element (React sets style attributes through the DOM, which CSP allows).
 * The QR code is a data: image; `connect-src 'self'` covers the same-origin websocket.
 * The report's style hash is here because the library opens a report as a blob: page, and a
 * blob: page keeps the policy of the page that made it; its inline style attributes (chart
 * swatches) need `style-src-attr`.
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${REPORT_STYLE_HASH}`,
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/** Sent with every response; a route that set one of them itself (the report's CSP) keeps its own. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': APP_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

export function securityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      if (!reply.hasHeader(name)) reply.header(name, value);
    }
    return payload;
  });
}
