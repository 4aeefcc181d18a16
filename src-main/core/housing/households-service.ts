import { IsNull, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { householdInput, registerHouseholdInput } from '../../contract/housing';
import { claimVersion } from '../db/versioned';
import { AppError } from '../errors';
import { AccommodationEntity, OccupancyEntity } from './accommodation.entity';
import { HouseholdEntity } from './household.entity';
import { CaseDocumentEntity, MoveOutCaseEntity, StageHistoryEntity } from './move-out-case.entity';

/** The checklist every new case starts with; caseworkers add custom items. */
export const DEFAULT_DOCUMENTS = ['wbs', 'rentArrearsClearance', 'rentApproval', 'idResidencePermit', 'incomeProof'] as const;

/** People living in a shelter now: members of households with an open occupancy. */
export async function occupiedBeds(db: EntityManager, accommodationId: number): Promise<number> {
  return Number((await db.getRepository(OccupancyEntity).sum('members', { accommodationId, movedOutOn: IsNull() })) ?? 0);
}

function householdColumns(h: z.output<typeof householdInput>) {
  return { ...h, members: h.ageBands.length };
}

/** A household moves into a shelter; its move-out case opens at the first stage of the path. */
export async function registerHousehold(
  db: EntityManager,
  input: z.output<typeof registerHouseholdInput>,
  firstStage: string,
  actorId: number,
  now: Date,
): Promise<number> {
  const accommodation = await db.getRepository(AccommodationEntity).findOneBy({ id: input.accommodationId });
  if (!accommodation) throw new AppError('NOT_FOUND');
  const members = input.household.ageBands.length;
  if ((await occupiedBeds(db, accommodation.id)) + members > accommodation.beds) throw new AppError('ACCOMMODATION_FULL');
  if (await db.getRepository(HouseholdEntity).findOneBy({ reference: input.household.reference })) throw new AppError('CONFLICT', 'reference taken');
  const at = now.toISOString();
  const household = await db.getRepository(HouseholdEntity).save({ ...householdColumns(input.household), createdAt: at, version: 1, updatedAt: at, updatedBy: actorId });
  await db.getRepository(OccupancyEntity).insert({
    householdId: household.id,
    accommodationId: accommodation.id,
    members,
    movedInOn: input.movedInOn,
    movedOutOn: null,
  });
  const moveOutCase = await db.getRepository(MoveOutCaseEntity).save({
    householdId: household.id,
    stage: firstStage,
    pausedFrom: null,
    stageReason: null,
    stageSince: at,
    plannedMoveOn: null,
    movedOutOn: null,
    createdAt: at,
    createdBy: actorId,
  });
  await db.getRepository(StageHistoryEntity).insert({ caseId: moveOutCase.id, fromStage: null, toStage: firstStage, at, endedAt: null, userId: actorId, reason: null });
  await db.getRepository(CaseDocumentEntity).insert(
    DEFAULT_DOCUMENTS.map((kind) => ({ caseId: moveOutCase.id, kind, customLabel: null, status: 'missing' as const, statusOn: null, expiresOn: null })),
  );
  return moveOutCase.id;
}

export async function householdOfCase(db: EntityManager, caseId: number): Promise<number> {
  const moveOutCase = await db.getRepository(MoveOutCaseEntity).findOneBy({ id: caseId });
  if (!moveOutCase) throw new AppError('NOT_FOUND');
  return moveOutCase.householdId;
}

/**
 * Member changes also change the beds the household takes while it still lives in the shelter.
 * Saved only over the version the caseworker loaded (CONFLICT if a colleague saved since).
 */
export async function updateHousehold(
  db: EntityManager,
  caseId: number,
  version: number,
  input: z.output<typeof householdInput>,
  actorId: number,
  now: Date,
): Promise<string[]> {
  const householdId = await householdOfCase(db, caseId);
  await claimVersion(db, HouseholdEntity, { id: householdId }, version, actorId, now);
  const clash = await db.getRepository(HouseholdEntity).findOneBy({ reference: input.reference });
  if (clash && clash.id !== householdId) throw new AppError('CONFLICT', 'reference taken');
  const before = await db.getRepository(HouseholdEntity).findOneByOrFail({ id: householdId });
  const after = householdColumns(input);
  // A child born or a relative joining must still fit the shelter the household lives in.
  const living = await db.getRepository(OccupancyEntity).findOneBy({ householdId, movedOutOn: IsNull() });
  if (living && after.members > living.members) {
    const shelter = await db.getRepository(AccommodationEntity).findOneByOrFail({ id: living.accommodationId });
    if ((await occupiedBeds(db, shelter.id)) - living.members + after.members > shelter.beds) throw new AppError('ACCOMMODATION_FULL');
  }
  const changed = (Object.keys(after) as (keyof typeof after)[]).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  await db.getRepository(HouseholdEntity).update({ id: householdId }, after);
  await db.getRepository(OccupancyEntity).update({ householdId, movedOutOn: IsNull() }, { members: after.members });
  return changed;
}
