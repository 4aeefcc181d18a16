import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { ErrorValue } from '../../../../src-main/contract';
import { AUTO_LOCK_MAX, AUTO_LOCK_MIN, autoLockMinutes, uiLanguage } from '../../../../src-main/contract/fields';
import { useSession, useUnlockedStatus } from '../../api/session-context';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { SelectField, TextField } from '../../components/form';
import { LanguageOptions } from '../../components/LanguageSelect';
import { useUiLanguage } from '../../i18n/use-ui-language';

// An empty number box arrives as NaN; it gets the range message, not zod's English one.
const preferencesSchema = z.object({
  uiLanguage,
  autoLockMinutes: z.number({ error: 'validation:autoLockRange' }).pipe(autoLockMinutes),
});

export function PreferencesForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const { applyStatus } = useSession();
  const { user } = useUnlockedStatus();
  const { language } = useUiLanguage();
  const [error, setError] = useState<ErrorValue | null>(null);
  const { register, handleSubmit, formState } = useForm({
    resolver: zodResolver(preferencesSchema),
    defaultValues: { uiLanguage: user.uiLanguage ?? language, autoLockMinutes: user.autoLockMinutes },
  });

  const submit = handleSubmit(async (values) => {
    setError(null);
    const result = await api.settings.updateMine(values);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    applyStatus(result.value);
    onSaved();
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <SelectField label={t('common:uiLanguage')} registration={register('uiLanguage')} error={formState.errors.uiLanguage}>
        <LanguageOptions />
      </SelectField>
      <TextField
        type="number"
        inputMode="numeric"
        min={AUTO_LOCK_MIN}
        max={AUTO_LOCK_MAX}
        step={1}
        className="input-short"
        label={t('settings:autoLock')}
        hint={t('settings:autoLockHint', { min: AUTO_LOCK_MIN, max: AUTO_LOCK_MAX })}
        registration={register('autoLockMinutes', { valueAsNumber: true })}
        error={formState.errors.autoLockMinutes}
      />
      <FormError error={error} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={formState.isSubmitting}>
          {t('settings:savePreferences')}
        </button>
      </div>
    </form>
  );
}
