import type { InputOf } from '../../contract';
import type { TestClient } from './test-core';
import { startModuleCore, type Person } from './staff';
import type { TestCore } from './test-core';

export const CASEWORKER: Person = { username: 'carla.case', displayName: 'Carla Caseworker', password: 'ein-eigenes-Kennwort-7', roles: ['caseworker'] };

/** A core with the housing module and a caseworker signed in. */
export async function startHousingCore(): Promise<TestCore> {
  return startModuleCore(['housing'], [CASEWORKER]);
}

export function household(reference: string, members = 3): InputOf<'housing.householdRegister'>['household'] {
  return {
    reference,
    ageBands: ['age18to64', 'age18to64', 'age6to17', 'under6', 'age65plus', 'age6to17'].slice(0, members) as ('age18to64' | 'age6to17' | 'under6' | 'age65plus')[],
    languages: ['ar', 'de'],
    roomsNeeded: Math.max(1, members - 1),
    accessibility: false,
    rentingStatus: 'residencePermit',
    incomeSource: 'benefitsSgbII',
  };
}

/** A move as the board sends it: from the stage the case stands in now, as the caseworker sees it. */
export async function fromHere(t: TestClient, move: Omit<InputOf<'housing.caseMove'>, 'fromStage'>): Promise<InputOf<'housing.caseMove'>> {
  const { card } = await t.must('housing.caseGet', { id: move.id });
  return { ...move, fromStage: card.stage };
}
