import { HOUSING_PERSONAL_DATA } from './personal-data';
import { housingModule } from '../../contract/housing';
import { defineCoreModule } from '../module';
import { householdRows } from './import-households';
import { housingReport } from './report';
import { AccommodationEntity, OccupancyEntity } from './accommodation.entity';
import { seedHousingDemo } from './demo';
import { housingHandlers } from './handlers';
import { HouseholdEntity } from './household.entity';
import { Housing1764100000000 } from './migrations/1764100000000-housing';
import { HousingRecordVersions1764400200000 } from './migrations/1764400200000-record-versions';
import { HousingStageEnded1766000000000 } from './migrations/1766000000000-stage-ended';
import { HousingStageDays1766500000000 } from './migrations/1766500000000-stage-days';
import { CaseContactEntity, CaseDocumentEntity, MoveOutCaseEntity, StageHistoryEntity, WaitingPeriodEntity } from './move-out-case.entity';
import { OfferEntity, ViewingEntity } from './offer.entity';
import { HOUSING_SETTINGS } from './settings-service';

/** The housing module as the core composes it. */
export const housingCoreModule = defineCoreModule({
  contract: housingModule,
  handlers: housingHandlers,
  entities: [
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
  ],
  migrations: [Housing1764100000000, HousingRecordVersions1764400200000, HousingStageEnded1766000000000, HousingStageDays1766500000000],
  seedDemo: seedHousingDemo,
  settings: HOUSING_SETTINGS,
  // Households are pseudonymised (a reference, age bands): the reference is what finds them. The
  // case's free texts may still name a member; contacts are people in their own right.
  auditEntities: ['accommodation', 'caseContact', 'caseDocument', 'household', 'housingIndicators', 'housingSettings', 'moveOutCase', 'offer', 'viewing', 'waitingPeriod'],
  personalData: HOUSING_PERSONAL_DATA,
  // A closed or withdrawn case is kept five years, then anonymised: the move-out still counts in
  // the indicators, without reference, reasons or contacts.
  restrictable: [{ recordType: 'moveOutCase', table: 'housing_case' }],
  retention: [
    {
      id: 'housing.endedCase',
      table: 'housing_case',
      startColumn: 'stage_since',
      startWhen: { column: 'stage', in: ['closed', 'withdrawn'] },
      defaultMonths: 60,
      action: 'anonymise',
    },
  ],
  importTargets: [{ id: 'housing.households', channel: 'housing.householdRegister', rows: householdRows }],
  indicators: { channels: ['housing.indicators', 'housing.indicatorsPublished', 'housing.indicatorsExport'], report: housingReport },
});
