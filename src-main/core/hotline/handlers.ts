/** Handlers of the hotline module, one per channel of contract/hotline.ts. */
export const hotlineHandlers = {};
