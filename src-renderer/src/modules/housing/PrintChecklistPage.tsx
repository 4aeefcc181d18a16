import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import type { PrintableChecklist } from '../../../../src-main/contract/housing';
import { api } from '../../api/transport';
import { useClientForm } from '../../components/client-form';
import { FormError } from '../../components/ErrorMessage';
import { FormLanguageOptions } from '../../components/FormLanguageOptions';
import { PageHeading } from '../../components/PageHeading';
import { useNavigate } from '../../frame/navigation-context';
import type { PageParams } from '../module-ui';
import { formatLocalDate } from '../../i18n/date-locale';
import { checklistKey, checklistKindKey, checklistStateKey } from './keys';


/**
 * The document checklist for the household, in the household's language (not the UI's), printed
 * with the browser's print (print CSS hides the app frame).
 */
export function PrintChecklistPage({ params }: { params: PageParams }) {
  const { t } = useTranslation();
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
  const { lng, dir, bi, hasTexts, fontFamily } = useClientForm(data?.language ?? null);
  if (!data) return <FormError error={error} />;
  const label = (kind: string, custom: string | null) => (kind === 'custom' ? (custom ?? '') : bi(checklistKindKey(kind)));
  return (
    <>
      <div className="page-header housing-no-print">
        <PageHeading>{t('housing:print.pageTitle')}</PageHeading>
        <div className="row-actions">
          <label htmlFor="housing-print-lng">{t('housing:print.language')}</label>
          <select id="housing-print-lng" value={language ?? ''} onChange={(e) => setLanguage(e.target.value)}>
            <FormLanguageOptions only={hasTexts} />
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
      <article className="housing-print" lang={lng} dir={dir} style={{ fontFamily }}>
        <h2>{bi(checklistKey('title'))}</h2>
        <p>
          {bi(checklistKey('reference'))}: <bdi>{data.reference}</bdi> · {bi(checklistKey('printedOn'))}: {formatLocalDate(data.printedOn, lng)}
        </p>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{bi(checklistKey('document'))}</th>
              <th scope="col">{bi(checklistKey('status'))}</th>
              <th scope="col">{bi(checklistKey('expires'))}</th>
            </tr>
          </thead>
          <tbody>
            {data.documents.map((d) => (
              <tr key={d.id}>
                <td dir="auto">
                  <span aria-hidden="true">{d.status === 'received' ? '☑' : '☐'}</span> {label(d.kind, d.customLabel)}
                </td>
                <td>{bi(checklistStateKey(d.status))}</td>
                <td>{d.expiresOn ? formatLocalDate(d.expiresOn, lng) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>{bi(checklistKey('note'))}</p>
      </article>
    </>
  );
}
