import type { Api } from '../../contract';

/** Fictional demo records of the pool module, written through the contract like a user would. */
export async function seedPoolDemo(_api: Api, _now: Date): Promise<void> {}
