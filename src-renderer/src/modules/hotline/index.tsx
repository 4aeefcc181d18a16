import type { ModuleUi } from '../module-ui';
import { lazyPage } from '../lazy-page';
import './hotline.css';
import { HotlineStartPanel } from './HotlineStartPanel';
import { CALL_SHORTCUT } from './shortcut';

const CallDetailPageLazy = lazyPage(() => import('./CallDetailPage'), 'CallDetailPage');
const CallPageLazy = lazyPage(() => import('./CallPage'), 'CallPage');
const CallsPageLazy = lazyPage(() => import('./CallsPage'), 'CallsPage');
const HandoverSheetPageLazy = lazyPage(() => import('./HandoverSheetPage'), 'HandoverSheetPage');
const EmployerDetailPageLazy = lazyPage(() => import('./EmployerDetailPage'), 'EmployerDetailPage');
const EmployersPageLazy = lazyPage(() => import('./EmployersPage'), 'EmployersPage');
const IndicatorsPageLazy = lazyPage(() => import('./IndicatorsPage'), 'IndicatorsPage');
const OutreachPageLazy = lazyPage(() => import('./OutreachPage'), 'OutreachPage');
const TaxonomyPageLazy = lazyPage(() => import('./TaxonomyPage'), 'TaxonomyPage');

/** The hotline module's pages and hooks into the app frame. */
export const hotlineUi: ModuleUi<'hotline'> = {
  id: 'hotline',
  pages: [
    { id: 'call', labelKey: 'hotline:nav.call', inNavigation: true, Component: CallPageLazy },
    { id: 'calls', labelKey: 'hotline:nav.calls', inNavigation: true, Component: CallsPageLazy },
    { id: 'callDetail', labelKey: 'hotline:callDetail.nav', inNavigation: false, Component: CallDetailPageLazy },
    { id: 'handoverSheet', labelKey: 'hotline:handover.nav', inNavigation: false, Component: HandoverSheetPageLazy },
    { id: 'employers', labelKey: 'hotline:nav.employers', inNavigation: true, Component: EmployersPageLazy },
    { id: 'employerDetail', labelKey: 'hotline:employer.title', inNavigation: false, Component: EmployerDetailPageLazy },
    { id: 'outreach', labelKey: 'hotline:nav.outreach', inNavigation: true, Component: OutreachPageLazy },
    { id: 'indicators', labelKey: 'hotline:nav.indicators', inNavigation: true, Component: IndicatorsPageLazy },
  ],
  // Any admin maintains the lists while the module is on, with or without the hotline role.
  adminPages: [{ id: 'taxonomy', labelKey: 'hotline:nav.taxonomy', inNavigation: true, Component: TaxonomyPageLazy }],
  shortcuts: [CALL_SHORTCUT],
  openSubject: (subject) => (subject.type === 'hotlineCall' ? { page: 'hotline.callDetail', params: { id: subject.id } } : null),
  StartPanel: HotlineStartPanel,
};
