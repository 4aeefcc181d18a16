import { AppError } from '../errors';
import type { Handler } from '../router/context';

/**
 * The core itself cannot change where its data lives: it is the data. The desktop app's shell
 * answers these calls before they reach a core (electron/connection.ts); anywhere else (browser
 * mode, a team server's page) they say so.
 */
export const connectionHandlers: {
  'connection.status': Handler<'connection.status'>;
  'connection.probe': Handler<'connection.probe'>;
  'connection.useServer': Handler<'connection.useServer'>;
  'connection.useLocal': Handler<'connection.useLocal'>;
} = {
  'connection.status': async () => ({ switchable: false, kind: 'local', address: null }),
  'connection.probe': async () => {
    throw new AppError('FORBIDDEN', 'only the desktop app connects to a team server');
  },
  'connection.useServer': async () => {
    throw new AppError('FORBIDDEN', 'only the desktop app connects to a team server');
  },
  'connection.useLocal': async () => {
    throw new AppError('FORBIDDEN', 'only the desktop app connects to a team server');
  },
};
