import { pathToFileURL } from 'node:url';
import type { App, Session } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  installHardening,
  isAllowedExternalUrl,
  isAllowedNavigation,
  isTrustedSender,
  withContentSecurityPolicy,
} from './hardening';

const openExternal = vi.hoisted(() => vi.fn(() => Promise.resolve()));
// vi.mock is hoisted above the imports: hardening.ts sees this shell, not Electron's.
vi.mock('electron', () => ({ shell: { openExternal } }));


const ENTRY = pathToFileURL('/opt/bruecke/out/renderer/index.html').href;

type Listener = (...args: unknown[]) => unknown;

/** Records what installHardening registers, so each handler can be called like Electron would. */
function install(externalHosts?: readonly string[]) {
  const handlers: Record<string, Listener> = {};
  const session = {
    setPermissionRequestHandler: (h: Listener) => (handlers.permissionRequest = h),
    setPermissionCheckHandler: (h: Listener) => (handlers.permissionCheck = h),
    webRequest: { onHeadersReceived: (h: Listener) => (handlers.headers = h) },
  };
  const app = { on: (name: string, h: Listener) => (handlers[name] = h) };
  installHardening(app as unknown as App, session as unknown as Session, ENTRY, externalHosts ? { externalHosts } : {});

  const contentsHandlers: Record<string, Listener> = {};
  let windowOpen: Listener = () => undefined;
  const contents = {
    on: (name: string, h: Listener) => (contentsHandlers[name] = h),
    setWindowOpenHandler: (h: Listener) => (windowOpen = h),
  };
  handlers['web-contents-created']!({}, contents);
  return { handlers, contentsHandlers, windowOpen: (url: string) => windowOpen({ url }) };
}

function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

beforeEach(() => openExternal.mockClear());

describe('isAllowedNavigation', () => {
  it('allows the app entry, also with a route in the fragment', () => {
    expect(isAllowedNavigation(ENTRY, ENTRY)).toBe(true);
    expect(isAllowedNavigation(`${ENTRY}#/users`, ENTRY)).toBe(true);
  });

  it('blocks every other page, local or remote', () => {
    for (const url of [
      'https://example.org/',
      'http://127.0.0.1:8080/',
      pathToFileURL('/etc/passwd').href,
      pathToFileURL('/opt/bruecke/out/renderer/other.html').href,
      `${ENTRY}?x=1`,
      'javascript:alert(1)',
      'data:text/html,<h1>hi</h1>',
      'about:blank',
      'not a url',
      '',
    ]) {
      expect(isAllowedNavigation(url, ENTRY), url).toBe(false);
    }
  });

  it('on the dev server, allows only that server’s page', () => {
    expect(isAllowedNavigation('http://localhost:5173/', 'http://localhost:5173/')).toBe(true);
    expect(isAllowedNavigation('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
    expect(isAllowedNavigation('http://user:pw@localhost:5173/', 'http://localhost:5173/')).toBe(false);
  });
});

describe('isAllowedExternalUrl', () => {
  it('allows nothing by default', () => {
    expect(isAllowedExternalUrl('https://example.org/help')).toBe(false);
  });

  it('allows only plain https links to a listed host', () => {
    const hosts = ['example.org'];
    expect(isAllowedExternalUrl('https://example.org/help', hosts)).toBe(true);
    expect(isAllowedExternalUrl('https://EXAMPLE.org/help', hosts)).toBe(true);
    expect(isAllowedExternalUrl('http://example.org/help', hosts)).toBe(false);
    expect(isAllowedExternalUrl('https://evil.example.org/', hosts)).toBe(false);
    expect(isAllowedExternalUrl('https://example.org.evil.com/', hosts)).toBe(false);
    expect(isAllowedExternalUrl('https://example.org:8443/', hosts)).toBe(false);
    expect(isAllowedExternalUrl('https://me@example.org/', hosts)).toBe(false);
    expect(isAllowedExternalUrl('file:///etc/passwd', hosts)).toBe(false);
    expect(isAllowedExternalUrl('smb://example.org/share', hosts)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts only a frame showing the app entry', () => {
    expect(isTrustedSender(ENTRY, ENTRY)).toBe(true);
    expect(isTrustedSender(`${ENTRY}#/setup`, ENTRY)).toBe(true);
    expect(isTrustedSender('https://example.org/', ENTRY)).toBe(false);
    expect(isTrustedSender('about:blank', ENTRY)).toBe(false);
    expect(isTrustedSender(undefined, ENTRY)).toBe(false);
    expect(isTrustedSender(null, ENTRY)).toBe(false);
    expect(isTrustedSender('', ENTRY)).toBe(false);
  });
});

describe('installHardening', () => {
  it('denies every permission request and check', () => {
    const { handlers } = install();
    const callback = vi.fn();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      handlers.permissionRequest!({}, permission, callback, {});
      expect(handlers.permissionCheck!({}, permission, ENTRY, {})).toBe(false);
    }
    expect(callback).toHaveBeenCalledTimes(5);
    expect(callback.mock.calls.every(([granted]) => granted === false)).toBe(true);
  });

  it('sets a strict Content-Security-Policy on responses, replacing any other', () => {
    const { handlers } = install();
    const callback = vi.fn();
    handlers.headers!(
      { responseHeaders: { 'content-security-policy': ["default-src *; script-src 'unsafe-eval'"], 'X-Other': ['1'] } },
      callback,
    );
    const headers = callback.mock.calls[0]![0].responseHeaders as Record<string, string[]>;
    const policies = Object.entries(headers).filter(([name]) => name.toLowerCase() === 'content-security-policy');
    expect(policies).toHaveLength(1);
    const policy = policies[0]![1].join(';');
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toContain('unsafe-inline');
    expect(headers['X-Other']).toEqual(['1']);
  });

  it('adds the policy to responses that had no headers', () => {
    expect(withContentSecurityPolicy(undefined)['Content-Security-Policy']?.[0]).toContain("default-src 'none'");
  });

  it('blocks navigation and redirects away from the app, and lets the app itself load', () => {
    const { contentsHandlers } = install();
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const foreign = navigationEvent('https://example.org/');
      contentsHandlers[name]!(foreign);
      expect(foreign.preventDefault, name).toHaveBeenCalled();
      const own = navigationEvent(ENTRY);
      contentsHandlers[name]!(own);
      expect(own.preventDefault, name).not.toHaveBeenCalled();
    }
  });

  it('refuses to attach a webview', () => {
    const { contentsHandlers } = install();
    const event = { preventDefault: vi.fn() };
    contentsHandlers['will-attach-webview']!(event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('never opens a window; opens only allow-listed https links in the system browser', () => {
    const { windowOpen } = install(['example.org']);
    expect(windowOpen('https://example.org/help')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://example.org/help');

    openExternal.mockClear();
    for (const url of ['http://example.org/help', 'https://evil.com/', 'file:///etc/passwd', ENTRY]) {
      expect(windowOpen(url)).toEqual({ action: 'deny' });
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('with the shipped (empty) allow-list opens nothing externally', () => {
    const { windowOpen } = install();
    expect(windowOpen('https://example.org/help')).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });
});
