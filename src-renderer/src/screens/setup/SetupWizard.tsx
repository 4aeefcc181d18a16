import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import { useSession } from '../../api/session-context';
import { api } from '../../api/transport';
import { RecoveryCodeNotice } from '../../components/RecoveryCodeNotice';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { AuthLayout } from '../auth/AuthLayout';
import { AdminStep, type AdminValues } from './AdminStep';
import { OrganisationStep, type OrganisationValues } from './OrganisationStep';
import { PageHeading } from '../../components/PageHeading';
import { StepIndicator, type SetupStep } from './StepIndicator';

/**
 * First run: organisation and modules, the first admin, then the recovery code. The status is
 * not asked again until the code has been confirmed, so it cannot disappear off the screen.
 */
export function SetupWizard({ onConnect }: { onConnect?: () => void }) {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const { language } = useUiLanguage();
  const [step, setStepState] = useState<SetupStep>(1);
  // On arrival the h1 has the focus; after moving between steps, the new step's heading does.
  const [focusHeading, setFocusHeading] = useState(false);
  const setStep = (next: SetupStep) => {
    setFocusHeading(true);
    setStepState(next);
  };
  const [organisation, setOrganisation] = useState<OrganisationValues | null>(null);
  const [recoveryCode, setRecoveryCode] = useState<string | null>(null);

  async function runSetup(admin: AdminValues): Promise<ErrorValue | null> {
    if (!organisation) return { code: 'INVALID_INPUT' };
    const result = await api.session.setup({ ...organisation, admin, uiLanguage: language });
    if (!result.ok) return result.error;
    setRecoveryCode(result.value.recoveryCode);
    setStep(3);
    return null;
  }

  return (
    <AuthLayout showLanguage={false} wide>
      <PageHeading>{t('setup:title')}</PageHeading>
      {onConnect && step === 1 ? (
        <p className="lead">
          {t('auth:connect.orConnect')}{' '}
          <button type="button" className="button-link" onClick={onConnect}>
            {t('auth:connect.open')}
          </button>
        </p>
      ) : null}
      <StepIndicator current={step} />
      {step === 1 ? (
        <OrganisationStep
          initial={organisation}
          focusHeading={focusHeading}
          onNext={(values) => {
            setOrganisation(values);
            setStep(2);
          }}
        />
      ) : null}
      {step === 2 ? <AdminStep focusHeading={focusHeading} onBack={() => setStep(1)} onSubmit={runSetup} /> : null}
      {step === 3 && recoveryCode ? (
        <section>
          <PageHeading level={2} focusOnMount={focusHeading}>
        {t('setup:recovery.title')}
      </PageHeading>
          <RecoveryCodeNotice
            code={recoveryCode}
            intro={t('setup:recovery.explanation')}
            continueLabel={t('setup:recovery.continue')}
            onContinue={() => void refresh()}
          />
        </section>
      ) : null}
    </AuthLayout>
  );
}
