import { format } from 'date-fns';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue, Result } from '../../../../src-main/contract';
import { DOCUMENT_STATUSES, documentSaveInput, type CaseDetail, type DocumentStatus, type DocumentView } from '../../../../src-main/contract/housing';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { DateInput, TextField, useContractForm } from '../../components/form';
import { formatLocalDate } from '../../i18n/date-locale';
import { documentKindKey, documentStatusKey } from './keys';

type Apply = (result: Result<CaseDetail>) => Result<CaseDetail>;

const today = () => format(new Date(), 'yyyy-MM-dd');

export function useDocumentLabel() {
  const { t } = useTranslation();
  return (d: Pick<DocumentView, 'kind' | 'customLabel'>) => (d.kind === 'custom' ? (d.customLabel ?? '') : t(documentKindKey(d.kind)));
}

function DocumentRow({ caseId, doc, apply, onError }: { caseId: number; doc: DocumentView; apply: Apply; onError: (e: ErrorValue) => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const label = useDocumentLabel()(doc);
  const [status, setStatus] = useState<DocumentStatus>(doc.status);
  const [expiresOn, setExpiresOn] = useState(doc.expiresOn ?? '');
  // Ticked at once; the saved case that comes back confirms (or resets) it.
  const [received, setReceived] = useState(doc.status === 'received');
  // Follow this row's saved values only: every save returns the whole case, and a reply for
  // another row must not undo a tick whose own save is still on its way.
  useEffect(() => {
    setReceived(doc.status === 'received');
    setStatus(doc.status);
    setExpiresOn(doc.expiresOn ?? '');
  }, [doc.status, doc.expiresOn]);
  const save = async (next: DocumentStatus, expiry: string) => {
    const r = apply(
      await api.housing.documentSave({
        id: doc.id,
        caseId,
        kind: doc.kind,
        ...(doc.kind === 'custom' ? { customLabel: doc.customLabel ?? '' } : {}),
        status: next,
        statusOn: next === doc.status ? doc.statusOn : today(),
        expiresOn: expiry || null,
      }),
    );
    if (!r.ok) {
      setReceived(doc.status === 'received');
      onError(r.error);
    }
  };
  const rowId = `hd-${doc.id}`;
  return (
    <tr>
      <th scope="row" id={rowId} dir="auto">
        {label}
      </th>
      <td>
        <div className="check">
          <input
            id={`${rowId}-received`}
            type="checkbox"
            checked={received}
            onChange={(e) => {
              setReceived(e.target.checked);
              void save(e.target.checked ? 'received' : 'missing', expiresOn);
            }}
          />
          <label htmlFor={`${rowId}-received`}>
            {t('housing:documents.received')}
            <span className="visually-hidden">: {label}</span>
          </label>
        </div>
      </td>
      <td>
        <select aria-label={t('housing:documents.statusOf', { document: label })} value={status} onChange={(e) => setStatus(e.target.value as DocumentStatus)}>
          {DOCUMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(documentStatusKey(s))}
            </option>
          ))}
        </select>
        {doc.statusOn ? <span className="muted"> {formatLocalDate(doc.statusOn, lng)}</span> : null}
      </td>
      <td>
        <DateInput aria-label={t('housing:documents.expiresOf', { document: label })} value={expiresOn} onChange={setExpiresOn} />
        {doc.flag ? <span className={`badge ${doc.flag === 'expired' ? 'housing-badge-danger' : 'badge-warning'}`}> {doc.flag === 'expired' ? t('housing:documents.flag.expired') : t('housing:documents.flag.expiring')}</span> : null}
      </td>
      <td>
        <button type="button" className="button-secondary button-small" onClick={() => void save(status, expiresOn)}>
          {t('common:save')}
          <span className="visually-hidden">: {label}</span>
        </button>
      </td>
    </tr>
  );
}

/** The case's document checklist; expiring documents are flagged and remind the team. */
export function CaseDocuments({ detail, apply }: { detail: CaseDetail; apply: Apply }) {
  const { t } = useTranslation();
  const [error, setError] = useState<ErrorValue | null>(null);
  const blank = { caseId: detail.card.id, kind: 'custom' as const, customLabel: '', status: 'missing' as const, statusOn: null, expiresOn: null };
  const form = useContractForm(documentSaveInput, { defaultValues: blank });
  const addCustom = form.handleSubmit(async (input) => {
    const r = apply(await api.housing.documentSave({ ...input, caseId: detail.card.id }));
    if (r.ok) form.reset(blank);
    else setError(form.showServerIssues(r.error) ? null : r.error);
  });
  return (
    <section className="panel panel-wide" aria-labelledby="hc-docs">
      <h2 id="hc-docs">{t('housing:documents.title')}</h2>
      <table className="data-table" aria-labelledby="hc-docs">
        <thead>
          <tr>
            <th scope="col">{t('housing:documents.document')}</th>
            <th scope="col">{t('housing:documents.received')}</th>
            <th scope="col">{t('housing:documents.status')}</th>
            <th scope="col">{t('housing:documents.expiresOn')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('housing:documents.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {detail.documents.map((doc) => (
            <DocumentRow key={doc.id} caseId={detail.card.id} doc={doc} apply={apply} onError={setError} />
          ))}
        </tbody>
      </table>
      <FormError error={error} />
      <form className="housing-inline-form" noValidate onSubmit={(e) => void addCustom(e)}>
        <TextField label={t('housing:documents.customLabel')} registration={form.register('customLabel')} error={form.formState.errors.customLabel} dir="auto" />
        <button type="submit" className="button-secondary">
          {t('housing:documents.addCustom')}
        </button>
      </form>
    </section>
  );
}
