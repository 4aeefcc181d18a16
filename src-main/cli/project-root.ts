import path from 'node:path';

/** The repository / app root (two levels above src-main/cli). */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');
