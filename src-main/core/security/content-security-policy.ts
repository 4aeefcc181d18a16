/**
 * One strict policy for the renderer, used by the Electron shell and the browser-mode server
 * (and mirrored in src-renderer/index.html for file:// loads). No 'unsafe-eval', no inline script,
 * no remote origin: everything the UI needs is bundled.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
