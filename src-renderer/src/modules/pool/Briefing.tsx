import { useTranslation } from 'react-i18next';
import type { AssignmentDetail } from '../../../../src-main/contract/pool';
import { CopyButton } from '../../components/CopyButton';
import { languageName, localDateTime } from './format';
import { enumKey } from './keys';
import { printSection } from './print';

/**
 * The minimal briefing for the interpreter: setting, time, place, contact and the topic
 * category — never the client reference or anything more about the client.
 */
export function Briefing({ a }: { a: AssignmentDetail }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const place = a.setting === 'onSite' ? a.address || a.requesterAddress : t(enumKey('setting', a.setting));
  const contact = a.contact ? [a.contact.name, a.contact.phone].filter(Boolean).join(', ') : a.requesterPhone;
  const lines: [string, string][] = [
    [t('pool:briefing.when'), `${localDateTime(a.start, lng)} – ${a.end.slice(11)}`],
    [t('pool:briefing.setting'), t(enumKey('setting', a.setting))],
    [t('pool:briefing.place'), place],
    [t('pool:briefing.requester'), a.requesterName],
    [t('pool:briefing.contact'), contact],
    [t('pool:briefing.language'), languageName(a.language, lng) + (a.dialect ? ` (${a.dialect})` : '')],
    [t('pool:briefing.topic'), t(enumKey('topic', a.topic))],
  ];
  const text = [t('pool:briefing.title'), ...lines.map(([k, v]) => `${k}: ${v}`)].join('\n');
  return (
    <section className="panel" aria-labelledby="pool-briefing-heading" data-print-section="briefing">
      <h2 id="pool-briefing-heading">{t('pool:briefing.title')}</h2>
      <dl className="facts">
        {lines.map(([k, v]) => (
          <div key={k} className="pool-fact">
            <dt>{k}</dt>
            <dd dir="auto">{v}</dd>
          </div>
        ))}
      </dl>
      <div className="actions no-print">
        <button type="button" className="button-secondary" onClick={() => printSection('briefing')}>
          {t('pool:briefing.print')}
        </button>
        <CopyButton text={text} label={t('pool:briefing.copy')} />
      </div>
    </section>
  );
}
