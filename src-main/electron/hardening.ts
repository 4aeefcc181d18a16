import { shell, type App, type Session, type WebContents } from 'electron';
import { createLogger } from '../core/log';
import { CONTENT_SECURITY_POLICY } from '../core/security/content-security-policy';

const log = createLogger('electron/hardening');

/**
 * Hosts whose https links may open in the system browser. Empty: the app links nowhere today.
 * Add a host only for a link the UI really shows (e.g. the organisation's help page).
 */
export const ALLOWED_EXTERNAL_HOSTS: readonly string[] = [];

function parse(url: string | undefined | null): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True when `url` is the app's own entry document (the built index.html, or the dev server's
 * page). The fragment may differ, because the UI routes by hash; everything else must match.
 */
export function isAppEntry(url: string | undefined | null, appEntryUrl: string): boolean {
  const target = parse(url);
  const entry = parse(appEntryUrl);
  if (!target || !entry) return false;
  return (
    target.protocol === entry.protocol &&
    target.host === entry.host &&
    target.pathname === entry.pathname &&
    target.search === entry.search &&
    target.username === '' &&
    target.password === ''
  );
}

/** The window may only ever show the app itself: a link or script cannot take it elsewhere. */
export function isAllowedNavigation(url: string, appEntryUrl: string): boolean {
  return isAppEntry(url, appEntryUrl);
}

/** Only plain https links to an allow-listed host go to the system browser; never file:, smb:, mailto: … */
export function isAllowedExternalUrl(url: string, allowedHosts: readonly string[] = ALLOWED_EXTERNAL_HOSTS): boolean {
  const target = parse(url);
  if (!target || target.protocol !== 'https:') return false;
  if (target.username || target.password || target.port) return false;
  return allowedHosts.includes(target.hostname.toLowerCase());
}

/**
 * An IPC message is answered only when it comes from a frame showing the app's own entry. A
 * missing frame (navigated away or destroyed) is not trusted.
 */
export function isTrustedSender(frameUrl: string | undefined | null, appEntryUrl: string): boolean {
  return isAppEntry(frameUrl, appEntryUrl);
}

export interface HardeningOptions {
  /** Defaults to ALLOWED_EXTERNAL_HOSTS; tests pass their own list. */
  externalHosts?: readonly string[];
}

/**
 * Installs every session- and contents-level guard. Call before the first window exists, so
 * `web-contents-created` sees it.
 */
export function installHardening(
  app: Pick<App, 'on'>,
  session: Session,
  appEntryUrl: string,
  options: HardeningOptions = {},
): void {
  const externalHosts = options.externalHosts ?? ALLOWED_EXTERNAL_HOSTS;

  // No camera, microphone, notifications, geolocation, clipboard-read … the UI needs none.
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn(`denied permission request: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);

  // file:// responses carry no headers (index.html holds the same policy as a meta tag); this
  // covers everything served over http, e.g. the dev server.
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });

  app.on('web-contents-created', (_event, contents) => guardContents(contents, appEntryUrl, externalHosts));
}

/** Replaces any policy the response brought (whatever its header casing) with ours. */
export function withContentSecurityPolicy(
  headers: Record<string, string[]> | undefined,
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return result;
}

function guardContents(contents: WebContents, appEntryUrl: string, externalHosts: readonly string[]): void {
  const blockForeign = (event: { url: string; preventDefault(): void }) => {
    if (isAllowedNavigation(event.url, appEntryUrl)) return;
    event.preventDefault();
    log.warn('blocked navigation away from the app');
  };
  contents.on('will-navigate', (event) => blockForeign(event));
  contents.on('will-frame-navigate', (event) => blockForeign(event));
  contents.on('will-redirect', (event) => blockForeign(event));

  // No second window, ever. An allowed https link goes to the system browser instead.
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url, externalHosts)) {
      shell.openExternal(url).catch((error: unknown) => log.error('could not open external link', error));
    } else {
      log.warn('blocked a new window');
    }
    return { action: 'deny' };
  });

  // webviewTag is off already; this also refuses a <webview> that slipped in some other way.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
