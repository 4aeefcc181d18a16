import type { ModuleUi } from '../module-ui';
import { CallDetailPage } from './CallDetailPage';
import { HandoverSheetPage } from './HandoverSheetPage';
import { CallPage } from './CallPage';
import { CallsPage } from './CallsPage';
import { EmployerDetailPage } from './EmployerDetailPage';
import { EmployersPage } from './EmployersPage';
import './hotline.css';
import { HotlineStartPanel } from './HotlineStartPanel';
import { IndicatorsPage } from './IndicatorsPage';
import { OutreachPage } from './OutreachPage';
import { CALL_SHORTCUT } from './shortcut';
import { TaxonomyPage } from './TaxonomyPage';

/** The hotline module's pages and hooks into the app frame. */
export const hotlineUi: ModuleUi<'hotline'> = {
  id: 'hotline',
  pages: [
    { id: 'call', labelKey: 'hotline:nav.call', inNavigation: true, Component: CallPage },
    { id: 'calls', labelKey: 'hotline:nav.calls', inNavigation: true, Component: CallsPage },
    { id: 'callDetail', labelKey: 'hotline:callDetail.nav', inNavigation: false, Component: CallDetailPage },
    { id: 'handoverSheet', labelKey: 'hotline:handover.nav', inNavigation: false, Component: HandoverSheetPage },
    { id: 'employers', labelKey: 'hotline:nav.employers', inNavigation: true, Component: EmployersPage },
    { id: 'employerDetail', labelKey: 'hotline:employer.title', inNavigation: false, Component: EmployerDetailPage },
    { id: 'outreach', labelKey: 'hotline:nav.outreach', inNavigation: true, Component: OutreachPage },
    { id: 'indicators', labelKey: 'hotline:nav.indicators', inNavigation: true, Component: IndicatorsPage },
  ],
  // Any admin maintains the lists while the module is on, with or without the hotline role.
  adminPages: [{ id: 'taxonomy', labelKey: 'hotline:nav.taxonomy', inNavigation: true, Component: TaxonomyPage }],
  shortcuts: [CALL_SHORTCUT],
  openSubject: (subject) => (subject.type === 'hotlineCall' ? { page: 'hotline.callDetail', params: { id: subject.id } } : null),
  StartPanel: HotlineStartPanel,
};
