import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupStatus, ErrorValue } from '../../../../src-main/contract';
import { backupConfigInput } from '../../../../src-main/contract/backup';
import { api } from '../../api/transport';
import { CopyButton } from '../../components/CopyButton';
import { FormError } from '../../components/ErrorMessage';
import { CheckboxField, TextField, useContractForm } from '../../components/form';
import { formatDateTime, formatNumber } from '../../i18n/date-locale';

/** Encrypted backups: where, how often, the backup code (shown once), back up now, the restore test. */
export function BackupSection() {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);
  const [code, setCode] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useContractForm(backupConfigInput, { defaultValues: { folder: '', keepDaily: 7, keepWeekly: 4, intervalHours: 24, onClose: true } });
  const { register, handleSubmit, formState, reset, showServerIssues } = form;

  const load = useCallback(async () => {
    const r = await api.backup.status({});
    if (!r.ok) return setError(r.error);
    setStatus(r.value);
    reset({ folder: r.value.folder, keepDaily: r.value.keepDaily, keepWeekly: r.value.keepWeekly, intervalHours: r.value.intervalHours, onClose: r.value.onClose });
  }, [reset]);
  useEffect(() => {
    void load();
  }, [load]);

  const act = async (run: () => Promise<{ ok: boolean; error?: ErrorValue }>) => {
    setBusy(true);
    setError(null);
    const r = await run();
    setBusy(false);
    if (!r.ok && r.error) setError(r.error);
    await load();
  };
  const save = handleSubmit(async (values) => {
    setError(null);
    const r = await api.backup.configure(values);
    if (!r.ok) {
      if (!showServerIssues(r.error)) setError(r.error);
      return;
    }
    setStatus(r.value);
  });

  return (
    <section className="panel" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('privacy:backup.title')}</h2>
      <form onSubmit={(e) => void save(e)} noValidate>
        <TextField label={t('privacy:backup.folder')} hint={t('privacy:backup.folderHint')} registration={register('folder')} error={formState.errors.folder} dir="ltr" />
        <div className="inline-form">
          <TextField label={t('privacy:backup.keepDaily')} type="number" registration={register('keepDaily', { valueAsNumber: true })} error={formState.errors.keepDaily} className="field-narrow" />
          <TextField label={t('privacy:backup.keepWeekly')} type="number" registration={register('keepWeekly', { valueAsNumber: true })} error={formState.errors.keepWeekly} className="field-narrow" />
          <TextField label={t('privacy:backup.intervalHours')} type="number" registration={register('intervalHours', { valueAsNumber: true })} error={formState.errors.intervalHours} className="field-narrow" />
        </div>
        <CheckboxField label={t('privacy:backup.onClose')} registration={register('onClose')} />
        <div className="actions">
          <button type="submit" className="button-primary">
            {t('common:save')}
          </button>
        </div>
      </form>
      {status ? (
        <dl className="facts">
          <dt>{t('privacy:backup.code')}</dt>
          <dd>{status.hasCode && status.keyCreatedAt ? t('privacy:backup.codeSince', { at: formatDateTime(status.keyCreatedAt, lng) }) : t('privacy:backup.noCode')}</dd>
          <dt>{t('privacy:backup.last')}</dt>
          <dd>{status.lastBackupAt ? formatDateTime(status.lastBackupAt, lng) : t('privacy:backup.never')}</dd>
          <dt>{t('privacy:backup.restoreTest')}</dt>
          <dd>
            {status.lastRestoreTest
              ? t(status.lastRestoreTest.ok ? 'privacy:backup.restoreTestOk' : 'privacy:backup.restoreTestFailed', { at: formatDateTime(status.lastRestoreTest.at, lng) })
              : t('privacy:backup.never')}
          </dd>
        </dl>
      ) : null}
      {status?.restoreTestDue ? <p role="alert">{t('privacy:backup.restoreTestDue')}</p> : null}
      {code ? (
        <div className="secret-notice" role="status">
          <p>{t('privacy:backup.codeIntro')}</p>
          <p className="secret-value" data-testid="backup-code" dir="ltr" translate="no">
            {code}
          </p>
          <CopyButton text={code} label={t('privacy:backup.copyCode')} />
          <button type="button" className="button-secondary" onClick={() => setCode(null)}>
            {t('privacy:backup.codeStored')}
          </button>
        </div>
      ) : null}
      <div className="actions">
        <button
          type="button"
          className="button-secondary"
          disabled={busy}
          onClick={() =>
            void act(async () => {
              const r = await api.backup.newCode({});
              if (r.ok) setCode(r.value.backupCode);
              return r;
            })
          }
        >
          {t('privacy:backup.newCode')}
        </button>
        <button type="button" className="button-primary" disabled={busy} onClick={() => void act(() => api.backup.run({}))}>
          {t('privacy:backup.now')}
        </button>
        <button type="button" className="button-secondary" disabled={busy} onClick={() => void act(() => api.backup.restoreTest({}))}>
          {t('privacy:backup.runRestoreTest')}
        </button>
      </div>
      <FormError error={error} />
      {status && status.backups.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table" aria-labelledby="backup-heading">
            <thead>
              <tr>
                <th scope="col">{t('privacy:backup.file')}</th>
                <th scope="col">{t('privacy:backup.takenAt')}</th>
                <th scope="col">{t('privacy:backup.size')}</th>
              </tr>
            </thead>
            <tbody>
              {status.backups.map((b) => (
                <tr key={b.file}>
                  <td className="cell-mono" dir="ltr">
                    {b.file}
                  </td>
                  <td className="cell-nowrap">{formatDateTime(b.createdAt, lng)}</td>
                  <td>{t('privacy:backup.megabytes', { size: formatNumber(Math.round(b.bytes / 100_000) / 10, lng) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
