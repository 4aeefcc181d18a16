/**
 * Translation keys of the hotline module built at run time (enum values, task kinds), so the i18n
 * check counts them as used. No React here: the check runs in Node.
 */
export const hotlineTaskKinds: string[] = [];
export const hotlineDynamicKeys: string[] = [];
