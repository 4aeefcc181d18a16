import type { ModuleUi } from '../module-ui';
import { lazyPage } from '../lazy-page';
import { housingTaskTitle } from './task-title';
import './housing.css';

const AccommodationsPageLazy = lazyPage(() => import('./AccommodationsPage'), 'AccommodationsPage');
const BoardPageLazy = lazyPage(() => import('./BoardPage'), 'BoardPage');
const CaseDetailPageLazy = lazyPage(() => import('./CaseDetailPage'), 'CaseDetailPage');
const CasesListPageLazy = lazyPage(() => import('./CasesListPage'), 'CasesListPage');
const IndicatorsPageLazy = lazyPage(() => import('./IndicatorsPage'), 'IndicatorsPage');
const OffersPageLazy = lazyPage(() => import('./OffersPage'), 'OffersPage');
const PrintChecklistPageLazy = lazyPage(() => import('./PrintChecklistPage'), 'PrintChecklistPage');
const PrintConsentPageLazy = lazyPage(() => import('./PrintConsentPage'), 'PrintConsentPage');
const SettingsPageLazy = lazyPage(() => import('./SettingsPage'), 'SettingsPage');

/** The housing module's pages and hooks into the app frame. */
export const housingUi: ModuleUi<'housing'> = {
  id: 'housing',
  pages: [
    { id: 'board', labelKey: 'housing:nav.board', inNavigation: true, fullWidth: true, Component: BoardPageLazy },
    { id: 'list', labelKey: 'housing:nav.list', inNavigation: true, Component: CasesListPageLazy },
    { id: 'accommodations', labelKey: 'housing:nav.accommodations', inNavigation: true, Component: AccommodationsPageLazy },
    { id: 'offers', labelKey: 'housing:nav.offers', inNavigation: true, Component: OffersPageLazy },
    { id: 'indicators', labelKey: 'housing:nav.indicators', inNavigation: true, Component: IndicatorsPageLazy },
    { id: 'case', labelKey: 'housing:nav.case', inNavigation: false, Component: CaseDetailPageLazy },
    { id: 'print', labelKey: 'housing:nav.print', inNavigation: false, Component: PrintChecklistPageLazy },
    { id: 'consentForm', labelKey: 'housing:consentForm.pageTitle', inNavigation: false, Component: PrintConsentPageLazy },
  ],
  // Stage path and rent limits belong to the installation: admins edit them under Administration.
  adminPages: [{ id: 'settings', labelKey: 'housing:nav.settings', inNavigation: true, Component: SettingsPageLazy }],
  openSubject: (subject) => (subject.type === 'moveOutCase' ? { page: 'housing.case', params: { id: subject.id } } : null),
  taskTitle: housingTaskTitle,
};
