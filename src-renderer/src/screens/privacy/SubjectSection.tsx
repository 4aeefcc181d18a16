import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ERASURE_REASONS, MODULES, type ErrorValue, type SubjectReport } from '../../../../src-main/contract';
import { subjectInput } from '../../../../src-main/contract/privacy';
import { useUnlockedStatus } from '../../api/session-context';
import { api } from '../../api/transport';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { Dialog } from '../../components/Dialog';
import { download } from '../../components/download';
import { FormError } from '../../components/ErrorMessage';
import { FieldFrame, TextField, useContractForm } from '../../components/form';
import { erasureReasonKey, moduleKey } from '../../i18n/dynamic-keys';
import { AuditTable } from '../../components/AuditTable';
import { TableScroll } from '../../components/TableScroll';
import { SubjectReportPrint } from './SubjectReportPrint';

/**
 * A data-subject request: find everything under one client reference (preview, JSON export with
 * who accessed it), and erase it in the chosen modules after a confirmation.
 */
export function SubjectSection() {
  const { t } = useTranslation();
  const { installation } = useUnlockedStatus();
  const installed = MODULES.filter((m) => installation.modules.includes(m));
  const [report, setReport] = useState<SubjectReport | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState<(typeof ERASURE_REASONS)[number]>('request');
  const [erasedMessage, setErasedMessage] = useState('');
  const form = useContractForm(subjectInput, { defaultValues: { reference: '', modules: installed } });
  const { register, handleSubmit, formState, getValues, showServerIssues } = form;

  const search = handleSubmit(async (values) => {
    setError(null);
    setErasedMessage('');
    const r = await api.privacy.subjectSearch(values);
    if (r.ok) setReport(r.value);
    else if (!showServerIssues(r.error)) setError(r.error);
  });
  const exportJson = handleSubmit(async (values) => {
    const r = await api.privacy.subjectExport(values);
    if (r.ok) download(r.value);
    else setError(r.error);
  });
  const erase = async () => {
    const values = getValues();
    const r = await api.privacy.erase({ reference: values.reference, modules: values.modules, reason });
    setConfirming(false);
    if (!r.ok) return setError(r.error);
    setReport(null);
    setErasedMessage(t('privacy:subject.erased', { count: r.value.modules.reduce((n, m) => n + m.anonymised + m.scrubbed, 0) }));
  };

  return (
    <section className="panel" aria-labelledby="subject-heading">
      <h2 id="subject-heading">{t('privacy:subject.title')}</h2>
      <p className="muted">{t('privacy:subject.intro')}</p>
      <form onSubmit={(e) => void search(e)} noValidate>
        <TextField label={t('privacy:subject.reference')} registration={register('reference')} error={formState.errors.reference} dir="auto" autoComplete="off" />
        <CheckboxGroup legend={t('privacy:subject.modules')} registration={register('modules')} error={formState.errors.modules} options={installed.map((m) => ({ value: m, label: t(moduleKey(m)) }))} />
        <div className="actions">
          <button type="submit" className="button-primary">
            {t('privacy:subject.search')}
          </button>
          <button type="button" className="button-secondary" onClick={(e) => void exportJson(e)}>
            {t('privacy:subject.exportJson')}
          </button>
        </div>
      </form>
      <p role="status" className="saved-status">
        {erasedMessage}
      </p>
      <FormError error={error} />
      {report ? (
        <>
          <h3 id="subject-records">{t('privacy:subject.records', { count: report.records.length })}</h3>
          {report.records.length > 0 ? (
            // Focusable, so a keyboard can scroll a wide row of fields (axe: scrollable-region-focusable).
            <TableScroll labelledBy="subject-records">
              <table className="data-table" aria-labelledby="subject-records">
                <thead>
                  <tr>
                    <th scope="col">{t('privacy:audit.module')}</th>
                    <th scope="col">{t('privacy:subject.table')}</th>
                    <th scope="col">{t('privacy:subject.match')}</th>
                    <th scope="col">{t('privacy:subject.fields')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.records.map((r, i) => (
                    <tr key={i}>
                      <td>{t(moduleKey(r.module))}</td>
                      <td className="cell-mono" dir="ltr">
                        {r.table}
                      </td>
                      <td>{t(r.match === 'reference' ? 'privacy:subject.byReference' : 'privacy:subject.byMention')}</td>
                      <td className="cell-mono" dir="auto">
                        {Object.entries(r.fields)
                          .map(([k, v]) => `${k}: ${String(v ?? '')}`)
                          .join('; ')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          ) : null}
          <h3 id="subject-access">{t('privacy:subject.accessLog')}</h3>
          {report.accessLog.length > 0 ? (
            <AuditTable entries={report.accessLog.map((e, i) => ({ id: i, userId: null, details: null, ...e }))} labelledBy="subject-access" />
          ) : (
            <p className="muted">{t('privacy:audit.none')}</p>
          )}
          <SubjectReportPrint report={report} />
          <div className="actions">
            <button type="button" className="button-danger" onClick={() => setConfirming(true)}>
              {t('privacy:subject.erase')}
            </button>
          </div>
        </>
      ) : null}
      <Dialog open={confirming} title={t('privacy:subject.eraseTitle')} onClose={() => setConfirming(false)} role="alertdialog">
        <p>{t('privacy:subject.eraseWarning')}</p>
        <FieldFrame label={t('privacy:subject.reason')}>
          {(c) => (
            <select {...c} value={reason} onChange={(e) => setReason(e.target.value as typeof reason)}>
              {ERASURE_REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(erasureReasonKey(r))}
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
        <div className="actions">
          <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
            {t('common:cancel')}
          </button>
          <button type="button" className="button-danger" onClick={() => void erase()}>
            {t('privacy:subject.eraseConfirm')}
          </button>
        </div>
      </Dialog>
    </section>
  );
}
