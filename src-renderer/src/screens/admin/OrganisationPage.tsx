import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MODULES, type ErrorValue } from '../../../../src-main/contract';
import { updateInstallationInput } from '../../../../src-main/contract/settings';
import { useSession, useUnlockedStatus } from '../../api/session-context';
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
  const { installation } = useUnlockedStatus();
  const [error, setError] = useState<ErrorValue | null>(null);
  const [message, showMessage] = useStatusMessage();
  const { register, handleSubmit, formState } = useForm({
    resolver: zodResolver(updateInstallationInput),
    defaultValues: { organisationName: installation.organisationName, modules: installation.modules },
  });

  const submit = handleSubmit(async (values) => {
    setError(null);
    const result = await api.settings.updateInstallation(values);
    if (!result.ok) {
      setError(result.error);
      return;
    }
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
    </>
  );
}
