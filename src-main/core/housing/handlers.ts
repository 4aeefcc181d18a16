/** Handlers of the housing module, one per channel of contract/housing.ts. */
export const housingHandlers = {};
