import type { ModuleUi } from '../module-ui';
import { lazyPage } from '../lazy-page';
import './pool.css';
import { PoolStartPanel } from './PoolStartPanel';

const AssignmentPageLazy = lazyPage(() => import('./AssignmentPage'), 'AssignmentPage');
const AssignmentsPageLazy = lazyPage(() => import('./AssignmentsPage'), 'AssignmentsPage');
const BookingPageLazy = lazyPage(() => import('./BookingPage'), 'BookingPage');
const CalendarPageLazy = lazyPage(() => import('./CalendarPage'), 'CalendarPage');
const FeedbackPrintPageLazy = lazyPage(() => import('./FeedbackPrintPage'), 'FeedbackPrintPage');
const FeesPageLazy = lazyPage(() => import('./FeesPage'), 'FeesPage');
const InterpreterPageLazy = lazyPage(() => import('./InterpreterPage'), 'InterpreterPage');
const InterpretersPageLazy = lazyPage(() => import('./InterpretersPage'), 'InterpretersPage');
const QualityPageLazy = lazyPage(() => import('./QualityPage'), 'QualityPage');
const RequestersPageLazy = lazyPage(() => import('./RequestersPage'), 'RequestersPage');
const SettingsPageLazy = lazyPage(() => import('./SettingsPage'), 'SettingsPage');

/** The pool module's pages and hooks into the app frame. */
export const poolUi: ModuleUi<'pool'> = {
  id: 'pool',
  pages: [
    { id: 'assignments', labelKey: 'pool:nav.assignments', inNavigation: true, Component: AssignmentsPageLazy },
    { id: 'book', labelKey: 'pool:nav.book', inNavigation: true, Component: BookingPageLazy },
    { id: 'calendar', labelKey: 'pool:nav.calendar', inNavigation: true, fullWidth: true, Component: CalendarPageLazy },
    { id: 'interpreters', labelKey: 'pool:nav.interpreters', inNavigation: true, Component: InterpretersPageLazy },
    { id: 'requesters', labelKey: 'pool:nav.requesters', inNavigation: true, Component: RequestersPageLazy },
    { id: 'quality', labelKey: 'pool:nav.quality', inNavigation: true, fullWidth: true, Component: QualityPageLazy },
    { id: 'fees', labelKey: 'pool:nav.fees', inNavigation: true, Component: FeesPageLazy },
    { id: 'settings', labelKey: 'pool:nav.settings', inNavigation: true, Component: SettingsPageLazy },
    { id: 'assignment', labelKey: 'pool:nav.assignment', inNavigation: false, Component: AssignmentPageLazy },
    { id: 'interpreter', labelKey: 'pool:nav.interpreter', inNavigation: false, Component: InterpreterPageLazy },
    { id: 'feedbackForm', labelKey: 'pool:nav.feedbackForm', inNavigation: false, Component: FeedbackPrintPageLazy },
  ],
  // Admins who do not coordinate see the same rules under Administration.
  adminPages: [{ id: 'settings', labelKey: 'pool:nav.settings', inNavigation: true, Component: SettingsPageLazy }],
  StartPanel: PoolStartPanel,
  openSubject: (subject) => (subject.type === 'poolAssignment' ? { page: 'pool.assignment', params: { id: subject.id } } : null),
};
