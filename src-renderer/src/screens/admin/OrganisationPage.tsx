import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MODULES, type ErrorValue } from '../../../../src-main/contract';
import { updateInstallationInput } from '../../../../src-main/contract/settings';
import { useSession } from '../../api/session-context';
import { api } from '../../api/transport';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { FormError } from '../../components/ErrorMessage';
import { TextField } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { useStatusMessage } from '../../components/use-status-message';
import { moduleHintKey, moduleKey } from '../../i18n/dynamic-keys';

/** The installation: organisation name and which modules it runs. */
export function OrganisationPage() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const [error, setError] = useState<ErrorValue | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [message, showMessage] = useStatusMessage();
  const { register, handleSubmit, formState, reset } = useForm({ resolver: zodResolver(updateInstallationInput) });

  // Loaded fresh with its version (not from the session's status): a colleague may have saved since log-in.
  useEffect(() => {
    void api.settings.installation({}).then((result) => {
      if (!result.ok) return setError(result.error);
      reset(result.value);
      setLoaded(true);
    });
  }, [reset]);

  const submit = handleSubmit(async (values) => {
    setError(null);
    const result = await api.settings.updateInstallation(values);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    reset(result.value);
    // The top bar and everyone's modules come from the status.
    await refresh();
    showMessage('admin:organisation.saved');
  });

  return (
    <>
      <PageHeading>{t('admin:organisation.title')}</PageHeading>
      <p role="status" className="saved-status">
        {message ? t(message) : ''}
      </p>
      {loaded ? null : <FormError error={error} />}
      {loaded ? (
        <section className="panel">
          <form onSubmit={(event) => void submit(event)} noValidate>
            <TextField
              label={t('admin:organisation.name')}
              registration={register('organisationName')}
              error={formState.errors.organisationName}
              autoComplete="organization"
              dir="auto"
            />
            <CheckboxGroup
              legend={t('admin:organisation.modules')}
              registration={register('modules')}
              error={formState.errors.modules}
              options={MODULES.map((m) => ({ value: m, label: t(moduleKey(m)), hint: t(moduleHintKey(m)) }))}
            />
            <p className="muted">{t('admin:organisation.modulesHint')}</p>
            <FormError error={error} />
            <div className="actions">
              <button type="submit" className="button-primary" disabled={formState.isSubmitting}>
                {t('common:save')}
              </button>
            </div>
          </form>
        </section>
      ) : null}
    </>
  );
}
