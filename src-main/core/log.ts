/**
 * A logger per module. Messages start with the module name and never carry personal data:
 * log ids and codes, not names, usernames or free text.
 */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

let silent = process.env.BRUECKE_LOG === 'silent';

export function setLogSilent(value: boolean): void {
  silent = value;
}

/** Runs `work` without log lines (demo seeding: its dozens of sign-ins would bury the demo's log-in). */
export async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const before = silent;
  silent = true;
  try {
    return await work();
  } finally {
    silent = before;
  }
}

export function createLogger(module: string): Logger {
  const prefix = `[${module}]`;
  return {
    info: (m) => {
      if (!silent) console.log(prefix, m);
    },
    warn: (m) => {
      if (!silent) console.warn(prefix, m);
    },
    error: (m, e) => {
      if (silent) return;
      // Only the error's class and stack: messages from drivers may echo SQL parameters.
      const detail = e instanceof Error ? `${e.name}${e.stack ? `\n${e.stack.split('\n').slice(1, 6).join('\n')}` : ''}` : '';
      console.error(prefix, m, detail);
    },
  };
}
