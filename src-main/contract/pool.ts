/** Channels of the pool module (filled in by its issue). */
export const poolChannels = {} as const;
