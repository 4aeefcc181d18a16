import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { contract, type BackupOffer, type DamageRestoreResult, type ErrorValue } from '../../../../src-main/contract';
import { api } from '../../api/transport';
import { ErrorText, FormError } from '../../components/ErrorMessage';
import { TextField } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { useValidationMessage } from '../../components/validation-message';
import { formatDateTime, formatNumber } from '../../i18n/date-locale';
import { AuthLayout } from './AuthLayout';

const restoreSchema = contract['backup.restoreOffered'].input;

/**
 * A log-in found the database damaged. Says what was found, and offers the backups of the backup
 * folder (the newest one whose file still matches its manifest is chosen): with the backup code,
 * the chosen one is restored into a fresh folder and put in place, the damaged files kept in a
 * named folder. Shared by the desktop window and browser mode (it is part of the log-in flow).
 */
export function DamagedDatabaseScreen({ damage, onBack }: { damage: ErrorValue; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const [offer, setOffer] = useState<BackupOffer | null>(null);
  const [offerError, setOfferError] = useState<ErrorValue | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);
  const [restored, setRestored] = useState<DamageRestoreResult | null>(null);
  const { register, handleSubmit, formState, reset } = useForm({ resolver: zodResolver(restoreSchema), defaultValues: { file: '', code: '' } });
  const groupId = useId();
  const fileMessage = useValidationMessage()(formState.errors.file?.message);

  useEffect(() => {
    void api.backup.offered({}).then((result) => {
      if (!result.ok) return setOfferError(result.error);
      setOffer(result.value);
      reset({ file: result.value.backups.find((b) => b.intact)?.file ?? '', code: '' });
    });
  }, [reset]);

  const submit = handleSubmit(async (values) => {
    setError(null);
    const result = await api.backup.restoreOffered(values);
    if (result.ok) setRestored(result.value);
    else setError(result.error);
  });

  if (restored) {
    return (
      <AuthLayout wide>
        <PageHeading key="restored">{t('auth:damaged.restoredTitle')}</PageHeading>
        <p className="lead" role="status">
          {t('auth:damaged.restored', { time: formatDateTime(restored.createdAt, lng), number: formatNumber(restored.erasuresReapplied, lng) })}
        </p>
        <p>
          {t('auth:damaged.keptIn')}{' '}
          <bdi dir="ltr" className="cell-mono">
            {restored.damagedKeptIn}
          </bdi>
        </p>
        <div className="actions">
          <button type="button" className="button-primary" onClick={onBack}>
            {t('auth:damaged.toLogin')}
          </button>
        </div>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout wide>
      <PageHeading key="damaged">{t('auth:damaged.title')}</PageHeading>
      <div className="lead">
        <ErrorText error={damage} />
      </div>
      {offerError ? <FormError error={offerError} /> : null}
      {offer === null && !offerError ? <p role="status">{t('auth:damaged.searching')}</p> : null}
      {offer && !offer.folder ? <p>{t('auth:damaged.noFolder')}</p> : null}
      {offer?.folder && offer.backups.length === 0 ? (
        <p>
          {t('auth:damaged.noBackups')}{' '}
          <bdi dir="ltr" className="cell-mono">
            {offer.folder}
          </bdi>
        </p>
      ) : null}
      {offer && offer.backups.length > 0 ? (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <p>{t('auth:damaged.explanation')}</p>
          <fieldset className="field checkbox-group" aria-describedby={fileMessage ? `${groupId}-error` : undefined}>
            <legend>
              {t('auth:damaged.choose')}{' '}
              <bdi dir="ltr" className="cell-mono">
                {offer.folder}
              </bdi>
            </legend>
            {offer.backups.map((b, index) => {
              const id = `${groupId}-${index}`;
              return (
                <div className="check" key={b.file}>
                  <input type="radio" {...register('file')} id={id} value={b.file} aria-describedby={`${id}-hint`} />
                  <label htmlFor={id}>{formatDateTime(b.createdAt, lng)}</label>
                  <span id={`${id}-hint`} className="check-hint">
                    {t('privacy:backup.megabytes', { size: formatNumber(Math.round(b.bytes / 100_000) / 10, lng) })} · {t('auth:damaged.version', { version: b.appVersion })} ·{' '}
                    {b.intact ? t('auth:damaged.intact') : t('auth:damaged.notIntact')}
                  </span>
                </div>
              );
            })}
            {fileMessage ? (
              <p id={`${groupId}-error`} className="field-error">
                {fileMessage}
              </p>
            ) : null}
          </fieldset>
          <TextField
            label={t('auth:damaged.code')}
            registration={register('code')}
            error={formState.errors.code}
            hint={t('auth:damaged.codeHint')}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            dir="ltr"
            className="input-mono"
          />
          <FormError error={error} />
          <div className="actions">
            <button type="submit" className="button-primary" disabled={formState.isSubmitting}>
              {formState.isSubmitting ? t('auth:damaged.restoring') : t('auth:damaged.restore')}
            </button>
            <button type="button" className="button-secondary" onClick={onBack}>
              {t('auth:damaged.back')}
            </button>
          </div>
        </form>
      ) : (
        <div className="actions">
          <button type="button" className="button-secondary" onClick={onBack}>
            {t('auth:damaged.back')}
          </button>
        </div>
      )}
    </AuthLayout>
  );
}
