import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import { UI_LANGUAGES } from '../../../../src-main/contract';
import type { PrintableChecklist } from '../../../../src-main/contract/housing';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { PageHeading } from '../../components/PageHeading';
import { useNavigate } from '../../frame/navigation-context';
import { languageKey } from '../../i18n/dynamic-keys';
import type { PageParams } from '../module-ui';
import { formatLocalDate } from '../../i18n/date-locale';
import { documentKindKey, documentStatusKey, printKey } from './keys';

/** Languages the printed checklist exists in; others print in German until translated (pending). */
const PRINT_LANGUAGES: readonly string[] = UI_LANGUAGES;
const RTL = ['ar', 'fa', 'ckb', 'ur', 'ps', 'he'];

/**
 * The document checklist for the household, in the household's language (not the UI's), printed
 * with the browser's print (print CSS hides the app frame).
 */
export function PrintChecklistPage({ params }: { params: PageParams }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const id = Number(params.id);
  const [data, setData] = useState<PrintableChecklist | null>(null);
  const [language, setLanguage] = useState<string | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);
  useEffect(() => {
    void api.housing.checklistPrint({ caseId: id, ...(language ? { language } : {}) }).then((r) => {
      if (!r.ok) return setError(r.error);
      setData(r.value);
      setLanguage((current) => current ?? r.value.language);
    });
  }, [id, language]);
  if (!data) return <FormError error={error} />;
  const lng = PRINT_LANGUAGES.includes(data.language) ? data.language : 'de';
  const pt = i18n.getFixedT(lng);
  const label = (kind: string, custom: string | null) => (kind === 'custom' ? (custom ?? '') : pt(documentKindKey(kind)));
  return (
    <>
      <div className="page-header housing-no-print">
        <PageHeading>{t('housing:print.pageTitle')}</PageHeading>
        <div className="row-actions">
          <label htmlFor="housing-print-lng">{t('housing:print.language')}</label>
          <select id="housing-print-lng" value={language ?? ''} onChange={(e) => setLanguage(e.target.value)}>
            {PRINT_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(languageKey(l))}
              </option>
            ))}
          </select>
          <button type="button" className="button-primary" onClick={() => window.print()}>
            {t('housing:print.print')}
          </button>
          <button type="button" className="button-secondary" onClick={() => navigate('housing.case', { id })}>
            {t('housing:print.back')}
          </button>
        </div>
      </div>
      {lng !== data.language ? <p className="housing-no-print muted">{t('housing:print.pending')}</p> : null}
      <article className="housing-print" lang={lng} dir={RTL.includes(lng) ? 'rtl' : 'ltr'}>
        <h2>{pt(printKey('title'))}</h2>
        <p>
          {pt(printKey('reference'))}: <bdi>{data.reference}</bdi> · {pt(printKey('printedOn'))}: {formatLocalDate(data.printedOn, lng)}
        </p>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{pt(printKey('document'))}</th>
              <th scope="col">{pt(printKey('status'))}</th>
              <th scope="col">{pt(printKey('expires'))}</th>
            </tr>
          </thead>
          <tbody>
            {data.documents.map((d) => (
              <tr key={d.id}>
                <td dir="auto">
                  <span aria-hidden="true">{d.status === 'received' ? '☑' : '☐'}</span> {label(d.kind, d.customLabel)}
                </td>
                <td>{pt(documentStatusKey(d.status))}</td>
                <td>{d.expiresOn ? formatLocalDate(d.expiresOn, lng) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>{pt(printKey('note'))}</p>
      </article>
    </>
  );
}
