import readline from 'node:readline';

// One reader for the whole run: a command that asks for several lines (password, then a client
// reference, then a confirmation) must not lose the lines a first reader had already buffered.
let pipedLines: AsyncIterator<string> | null = null;

async function nextPipedLine(): Promise<string | null> {
  pipedLines ??= readline.createInterface({ input: process.stdin, terminal: false })[Symbol.asyncIterator]();
  const next = await pipedLines.next();
  return next.done ? null : (next.value as string).replace(/\r$/, '');
}

/**
 * Reads a password (or other secret or personal data) from standard input: the next line when
 * piped, or typed without echo on a terminal. Never from an argument (arguments show up in
 * process lists and shell history).
 */
export async function readSecret(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) {
    const line = await nextPipedLine();
    if (line === null) throw new Error(`nothing on standard input for: ${prompt.replace(/:\s*$/, '')}`);
    return line;
  }
  process.stderr.write(prompt);
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    let value = '';
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') {
          cleanup();
          process.stderr.write('\n');
          return resolve(value);
        }
        if (ch === '\u0003') {
          cleanup();
          return reject(new Error('cancelled'));
        }
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    const cleanup = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
    };
    stdin.on('data', onData);
  });
}
