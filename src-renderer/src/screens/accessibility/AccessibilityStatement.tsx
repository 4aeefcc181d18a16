import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';

/**
 * The enforcement body BITV 2.0 § 12b names for federal bodies: the conciliation office under
 * § 16 BGG. A postal address is data, not wording, so it is shown as it is in every language.
 */
const CONCILIATION_OFFICE = {
  lines: ['Schlichtungsstelle nach dem Behindertengleichstellungsgesetz', 'bei dem Beauftragten der Bundesregierung für die Belange von Menschen mit Behinderungen', 'Mauerstraße 53', '10117 Berlin'],
  phone: '+49 30 18 527-2805',
  email: 'info@schlichtungsstelle-bgg.de',
  web: 'https://www.schlichtungsstelle-bgg.de',
};

/** When this statement was last reviewed against the app (self-assessment with the e2e checks). */
const REVIEWED_ON = new Date(Date.UTC(2026, 11, 6));

/**
 * The accessibility statement (Erklärung zur Barrierefreiheit) with the parts BITV 2.0 § 12b
 * requires: conformance status, what is not accessible, a feedback contact, the enforcement
 * procedure. `contact` is the admin's text; `null` where it cannot be read yet (before log-in,
 * the database is still encrypted).
 */
export function AccessibilityStatement({ contact }: { contact: string | null }) {
  const { t, i18n } = useTranslation();
  const reviewed = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeZone: 'UTC' }).format(REVIEWED_ON);
  return (
    <article className="statement" aria-labelledby="statement-title">
      <PageHeading id="statement-title">{t('accessibility:title')}</PageHeading>
      <p>{t('accessibility:intro')}</p>
      <h2>{t('accessibility:status.heading')}</h2>
      <p>{t('accessibility:status.text')}</p>
      <p>{t('accessibility:status.method', { date: reviewed })}</p>
      <h2>{t('accessibility:limitations.heading')}</h2>
      <ul>
        <li>{t('accessibility:limitations.pdf')}</li>
        <li>{t('accessibility:limitations.charts')}</li>
        <li>{t('accessibility:limitations.wide')}</li>
        <li>{t('accessibility:limitations.clientForms')}</li>
      </ul>
      <h2>{t('accessibility:feedback.heading')}</h2>
      <p>{t('accessibility:feedback.text')}</p>
      {contact ? (
        <p className="statement-contact" dir="auto">
          {contact}
        </p>
      ) : (
        <p className="statement-contact">{contact === null ? t('accessibility:feedback.afterLogin') : t('accessibility:feedback.missing')}</p>
      )}
      <h2>{t('accessibility:enforcement.heading')}</h2>
      <p>{t('accessibility:enforcement.text')}</p>
      <address translate="no" lang="de" dir="ltr" className="statement-address">
        {CONCILIATION_OFFICE.lines.map((line) => (
          <span key={line}>{line}</span>
        ))}
        <span>
          {t('accessibility:enforcement.phone')} <bdi>{CONCILIATION_OFFICE.phone}</bdi>
        </span>
        <span>
          {t('accessibility:enforcement.email')} <bdi>{CONCILIATION_OFFICE.email}</bdi>
        </span>
        <span>
          <bdi>{CONCILIATION_OFFICE.web}</bdi>
        </span>
      </address>
    </article>
  );
}
