/** Channels of the housing module (filled in by its issue). */
export const housingChannels = {} as const;
