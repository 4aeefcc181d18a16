import type { Api } from '../../contract';

/** Fictional demo records of the hotline module, written through the contract like a user would. */
export async function seedHotlineDemo(_api: Api, _now: Date): Promise<void> {}
