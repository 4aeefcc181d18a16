/** Handlers of the pool module, one per channel of contract/pool.ts. */
export const poolHandlers = {};
