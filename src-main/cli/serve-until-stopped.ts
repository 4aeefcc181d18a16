/** Anything the servers close on the way out. */
interface Closable {
  close(): Promise<void>;
}

/**
 * The end of a server's life, the same for browser mode and the team server: Ctrl+C or SIGTERM
 * closes the server, then the core (which flushes and releases the data directory), then
 * `cleanUp`. A core that never opens is not waited for by a signal: its start fails, the server
 * is closed (its page already answers CORE_STOPPED), and the failure goes to the caller to say why.
 */
export async function serveUntilStopped(server: Closable, core: Closable, coreStarting: Promise<unknown>, cleanUp: () => void = () => undefined): Promise<void> {
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    await core.close();
    cleanUp();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());

  try {
    await coreStarting;
  } catch (error) {
    await server.close();
    cleanUp();
    throw error;
  }
}
