import { serveCore } from './serve-core';

/**
 * The shipped core host's worker entry: the application as composed in core/composition.ts
 * (createCore's default), on the data directory the transport's thread names. Built as its own
 * file next to Electron's main bundle and the built servers (out/main/web.js, serve.js); run from
 * source only by tests.
 */
await serveCore();
