import type { ModuleUi } from '../module-ui';
import { AccommodationsPage } from './AccommodationsPage';
import { BoardPage } from './BoardPage';
import { CaseDetailPage } from './CaseDetailPage';
import { CasesListPage } from './CasesListPage';
import { IndicatorsPage } from './IndicatorsPage';
import { OffersPage } from './OffersPage';
import { PrintChecklistPage } from './PrintChecklistPage';
import { SettingsPage } from './SettingsPage';
import { housingTaskTitle } from './task-title';
import './housing.css';

/** The housing module's pages and hooks into the app frame. */
export const housingUi: ModuleUi<'housing'> = {
  id: 'housing',
  pages: [
    { id: 'board', labelKey: 'housing:nav.board', inNavigation: true, fullWidth: true, Component: BoardPage },
    { id: 'list', labelKey: 'housing:nav.list', inNavigation: true, Component: CasesListPage },
    { id: 'accommodations', labelKey: 'housing:nav.accommodations', inNavigation: true, Component: AccommodationsPage },
    { id: 'offers', labelKey: 'housing:nav.offers', inNavigation: true, Component: OffersPage },
    { id: 'indicators', labelKey: 'housing:nav.indicators', inNavigation: true, Component: IndicatorsPage },
    { id: 'case', labelKey: 'housing:nav.case', inNavigation: false, Component: CaseDetailPage },
    { id: 'print', labelKey: 'housing:nav.print', inNavigation: false, Component: PrintChecklistPage },
  ],
  // Stage path and rent limits belong to the installation: admins edit them under Administration.
  adminPages: [{ id: 'settings', labelKey: 'housing:nav.settings', inNavigation: true, Component: SettingsPage }],
  openSubject: (subject) => (subject.type === 'moveOutCase' ? { page: 'housing.case', params: { id: subject.id } } : null),
  taskTitle: housingTaskTitle,
};
