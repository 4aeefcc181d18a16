import type { EntitySchema, MigrationInterface } from 'typeorm';
import { AccommodationEntity, OccupancyEntity } from './accommodation.entity';
import { CaseDocumentEntity } from './document.entity';
import { CaseContactEntity, HouseholdEntity } from './household.entity';
import { MoveOutCaseEntity, StageHistoryEntity, WaitingPeriodEntity } from './move-out-case.entity';
import { OfferEntity, ViewingEntity } from './offer.entity';
import { Housing1764100000000 } from './migrations/1764100000000-housing';

/** The housing module's entities and migrations, in order. */
export const HOUSING_ENTITIES: EntitySchema[] = [
  AccommodationEntity,
  OccupancyEntity,
  HouseholdEntity,
  CaseContactEntity,
  MoveOutCaseEntity,
  StageHistoryEntity,
  WaitingPeriodEntity,
  CaseDocumentEntity,
  OfferEntity,
  ViewingEntity,
] as EntitySchema[];
export const HOUSING_MIGRATIONS: (new () => MigrationInterface)[] = [Housing1764100000000];
