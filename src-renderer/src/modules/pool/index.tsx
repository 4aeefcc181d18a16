import type { ModuleUi } from '../module-ui';
import { AssignmentPage } from './AssignmentPage';
import { AssignmentsPage } from './AssignmentsPage';
import { BookingPage } from './BookingPage';
import { CalendarPage } from './CalendarPage';
import { FeedbackPrintPage } from './FeedbackPrintPage';
import { FeesPage } from './FeesPage';
import { InterpreterPage } from './InterpreterPage';
import { InterpretersPage } from './InterpretersPage';
import './pool.css';
import { PoolStartPanel } from './PoolStartPanel';
import { QualityPage } from './QualityPage';
import { RequestersPage } from './RequestersPage';
import { SettingsPage } from './SettingsPage';

/** The pool module's pages and hooks into the app frame. */
export const poolUi: ModuleUi<'pool'> = {
  id: 'pool',
  pages: [
    { id: 'assignments', labelKey: 'pool:nav.assignments', inNavigation: true, Component: AssignmentsPage },
    { id: 'book', labelKey: 'pool:nav.book', inNavigation: true, Component: BookingPage },
    { id: 'calendar', labelKey: 'pool:nav.calendar', inNavigation: true, Component: CalendarPage },
    { id: 'interpreters', labelKey: 'pool:nav.interpreters', inNavigation: true, Component: InterpretersPage },
    { id: 'requesters', labelKey: 'pool:nav.requesters', inNavigation: true, Component: RequestersPage },
    { id: 'quality', labelKey: 'pool:nav.quality', inNavigation: true, fullWidth: true, Component: QualityPage },
    { id: 'fees', labelKey: 'pool:nav.fees', inNavigation: true, Component: FeesPage },
    { id: 'settings', labelKey: 'pool:nav.settings', inNavigation: true, Component: SettingsPage },
    { id: 'assignment', labelKey: 'pool:nav.assignment', inNavigation: false, Component: AssignmentPage },
    { id: 'interpreter', labelKey: 'pool:nav.interpreter', inNavigation: false, Component: InterpreterPage },
    { id: 'feedbackForm', labelKey: 'pool:nav.feedbackForm', inNavigation: false, Component: FeedbackPrintPage },
  ],
  // Admins who do not coordinate see the same rules under Administration.
  adminPages: [{ id: 'settings', labelKey: 'pool:nav.settings', inNavigation: true, Component: SettingsPage }],
  StartPanel: PoolStartPanel,
  openSubject: (subject) => (subject.type === 'poolAssignment' ? { page: 'pool.assignment', params: { id: subject.id } } : null),
};
