import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, AUDIT_PAGE_SIZE, MODULES, type AuditFilter, type AuditPage as AuditPageValue, type ErrorValue, type MaintenanceReport, type UserSummary } from '../../../../src-main/contract';
import { auditFilter } from '../../../../src-main/contract/audit';
import { api } from '../../api/transport';
import { download } from '../../components/download';
import { FormError } from '../../components/ErrorMessage';
import { DateField, SelectField, TextField, useContractForm } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { Pager } from '../../components/Pager';
import { auditActionKey, auditAnchorKey, moduleKey } from '../../i18n/dynamic-keys';
import { AuditTable } from '../../components/AuditTable';

const EMPTY: AuditFilter = { userId: null, module: null, action: null, entity: '', entityId: '', from: '', to: '' };
const orNull = (v: unknown) => (v === '' || v === null ? null : v);

/**
 * The audit trail for admins and the data-protection officer: who viewed, listed, changed,
 * exported or deleted which record, when. Filters by person, module, record, period and action;
 * exports what the filter shows. Every look is itself recorded by the core.
 */
export function AuditPage() {
  const { t } = useTranslation();
  const [users, setUsers] = useState<UserSummary[]>([]);
  const [filter, setFilter] = useState<AuditFilter>(EMPTY);
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<AuditPageValue | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);
  const [report, setReport] = useState<MaintenanceReport | null>(null);
  const form = useContractForm(auditFilter, { defaultValues: EMPTY });
  const { control, register, handleSubmit, formState, showServerIssues } = form;

  useEffect(() => {
    void api.users.list({ includeInactive: true }).then((r) => (r.ok ? setUsers(r.value) : setError(r.error)));
  }, []);
  const load = useCallback(async () => {
    const result = await api.audit.list({ filter, offset });
    if (result.ok) {
      setPage(result.value);
      setError(null);
    } else {
      setError(result.error);
      showServerIssues(result.error, Object.fromEntries(Object.keys(EMPTY).map((k) => [`filter.${k}`, k])));
    }
  }, [filter, offset, showServerIssues]);
  useEffect(() => {
    void load();
  }, [load]);

  const apply = handleSubmit((values) => {
    setOffset(0);
    setFilter(values);
  });
  const exportAs = async (format: 'csv' | 'xlsx') => {
    const result = await api.audit.export({ filter, format });
    if (result.ok) download(result.value);
    else setError(result.error);
  };
  const verify = async () => {
    const result = await api.maintenance.verify({});
    if (result.ok) setReport(result.value);
    else setError(result.error);
  };

  return (
    <>
      <PageHeading id="audit-heading">{t('privacy:audit.title')}</PageHeading>
      <p className="muted">{t('privacy:audit.intro')}</p>
      <form className="inline-form" role="search" aria-label={t('privacy:audit.filter')} onSubmit={(e) => void apply(e)} noValidate>
        <SelectField label={t('privacy:audit.person')} registration={register('userId', { setValueAs: (v) => (orNull(v) === null ? null : Number(v)) })}>
          <option value="">{t('privacy:audit.any')}</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.displayName} ({u.username})
            </option>
          ))}
        </SelectField>
        <SelectField label={t('privacy:audit.module')} registration={register('module', { setValueAs: orNull })}>
          <option value="">{t('privacy:audit.any')}</option>
          {MODULES.map((m) => (
            <option key={m} value={m}>
              {t(moduleKey(m))}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('privacy:audit.action')} registration={register('action', { setValueAs: orNull })}>
          <option value="">{t('privacy:audit.any')}</option>
          {AUDIT_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {t(auditActionKey(a))}
            </option>
          ))}
        </SelectField>
        <TextField label={t('privacy:audit.entity')} registration={register('entity')} error={formState.errors.entity} className="field-narrow" />
        <TextField label={t('privacy:audit.entityId')} registration={register('entityId')} error={formState.errors.entityId} className="field-narrow" />
        <DateField label={t('privacy:audit.from')} control={control} name="from" error={formState.errors.from} />
        <DateField label={t('privacy:audit.to')} control={control} name="to" error={formState.errors.to} />
        <div className="actions">
          <button type="submit" className="button-primary">
            {t('privacy:audit.apply')}
          </button>
        </div>
      </form>
      <div className="actions">
        <button type="button" className="button-secondary" onClick={() => void exportAs('csv')}>
          {t('privacy:audit.exportCsv')}
        </button>
        <button type="button" className="button-secondary" onClick={() => void exportAs('xlsx')}>
          {t('privacy:audit.exportXlsx')}
        </button>
        <button type="button" className="button-secondary" onClick={() => void verify()}>
          {t('privacy:audit.verify')}
        </button>
      </div>
      {report ? (
        <p role={report.audit.intact && report.database.ok ? 'status' : 'alert'} className={report.audit.intact && report.database.ok ? 'saved-status' : 'field-error'}>
          {report.audit.intact && report.database.ok
            ? t('privacy:audit.intact', { count: report.audit.entries })
            : t('privacy:audit.broken', { id: report.audit.firstBrokenId ?? '–' })}
          {/* Entries cut from the end leave every link intact: only the anchor outside the table tells. */}
          {report.audit.anchor !== 'matches' ? ' ' + t(auditAnchorKey(report.audit.anchor)) : null}
        </p>
      ) : null}
      <FormError error={error} />
      {page ? (
        <>
          {page.entries.length > 0 ? <AuditTable entries={page.entries} labelledBy="audit-heading" /> : <p className="muted">{t('privacy:audit.none')}</p>}
          <Pager offset={page.offset} pageSize={AUDIT_PAGE_SIZE} shown={page.entries.length} total={page.total} onOffset={setOffset} />
        </>
      ) : null}
    </>
  );
}
