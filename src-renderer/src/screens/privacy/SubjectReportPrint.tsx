import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubjectReport } from '../../../../src-main/contract';
import { useClientForm } from '../../components/client-form';
import { FormLanguageOptions } from '../../components/FormLanguageOptions';
import { formatDateTime } from '../../i18n/date-locale';
import { subjectReportActionKey, subjectReportFieldKey, subjectReportKey, subjectReportModuleKey } from '../../i18n/dynamic-keys';
import './privacy.css';

/** Prints only the report: print CSS hides the rest of the page while this is set. */
function printReport(): void {
  document.body.dataset.subjectPrint = 'true';
  const done = () => {
    delete document.body.dataset.subjectPrint;
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

/**
 * The answer to a subject access request (Art. 15) as the subject reads it on paper: in their
 * language with German beside it (the client-form languages that have texts), every record found
 * under their reference and who accessed those records when. Fields carry a label the subject
 * reads, with the database column small beside it so an officer can trace each value; a
 * restricted record says since when. Nothing about anyone else is in the report
 * (subject-access.ts leaves other people's columns out).
 */
export function SubjectReportPrint({ report }: { report: SubjectReport }) {
  const { t } = useTranslation();
  const [language, setLanguage] = useState('de');
  const { lng, dir, bi, hasTexts, fontFamily } = useClientForm(language);
  return (
    <section className="subject-print-area" aria-labelledby="subject-print-heading">
      <h3 id="subject-print-heading">{t('privacy:subject.printTitle')}</h3>
      <div className="row-actions">
        <label htmlFor="subject-print-lng">{t('privacy:subject.printLanguage')}</label>
        <select id="subject-print-lng" value={language} onChange={(e) => setLanguage(e.target.value)}>
          <FormLanguageOptions only={hasTexts} />
        </select>
        <button type="button" className="button-primary" onClick={printReport}>
          {t('privacy:subject.print')}
        </button>
      </div>
      <article className="subject-print" lang={lng} dir={dir} style={{ fontFamily }} data-testid="subject-report">
        <h4>{bi(subjectReportKey('title'))}</h4>
        <p>
          {bi(subjectReportKey('reference'))}: <bdi>{report.reference}</bdi> · {bi(subjectReportKey('printedOn'))}: {formatDateTime(report.generatedAt, lng)}
        </p>
        <p>{bi(subjectReportKey('intro'))}</p>
        <h5>{bi(subjectReportKey('records'))}</h5>
        {report.records.length === 0 ? <p>{bi(subjectReportKey('none'))}</p> : null}
        {report.records.map((r, i) => (
          <div className="subject-print-record" key={i}>
            <p className="subject-print-record-head">
              {bi(subjectReportModuleKey(r.module))} · <bdi dir="ltr">{r.table}</bdi>
              {r.match === 'mention' ? <> · {bi(subjectReportKey('byMention'))}</> : null}
            </p>
            {r.restrictedSince ? (
              <p className="subject-print-restricted">{bi(subjectReportKey('restrictedSince'), { date: formatDateTime(r.restrictedSince, lng) })}</p>
            ) : null}
            <dl>
              {Object.entries(r.fields).map(([k, v]) => (
                <div key={k}>
                  <dt>
                    {subjectReportFieldKey(k) ? (
                      <>
                        {bi(subjectReportFieldKey(k)!)}{' '}
                        <bdi dir="ltr" className="subject-print-column">
                          {k}
                        </bdi>
                      </>
                    ) : (
                      <bdi dir="ltr">{k}</bdi>
                    )}
                  </dt>
                  <dd dir="auto">{v === null || v === undefined ? '–' : String(v)}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
        <h5>{bi(subjectReportKey('accessTitle'))}</h5>
        {report.accessLog.length === 0 ? (
          <p>{bi(subjectReportKey('none'))}</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{bi(subjectReportKey('when'))}</th>
                <th scope="col">{bi(subjectReportKey('who'))}</th>
                <th scope="col">{bi(subjectReportKey('what'))}</th>
              </tr>
            </thead>
            <tbody>
              {report.accessLog.map((e, i) => (
                <tr key={i}>
                  <td className="cell-nowrap">{formatDateTime(e.at, lng)}</td>
                  <td dir="auto">{e.userName ?? bi(subjectReportKey('system'))}</td>
                  <td>
                    {bi(subjectReportActionKey(e.action))}{' '}
                    <bdi dir="ltr" className="muted">
                      {e.entity}
                      {e.entityId ? ` ${e.entityId}` : ''}
                    </bdi>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </article>
    </section>
  );
}
