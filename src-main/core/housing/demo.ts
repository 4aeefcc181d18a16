import type { Api } from '../../contract';

/** Fictional demo records of the housing module, written through the contract like a user would. */
export async function seedHousingDemo(_api: Api, _now: Date): Promise<void> {}
