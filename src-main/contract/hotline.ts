/** Channels of the hotline module (filled in by its issue). */
export const hotlineChannels = {} as const;
