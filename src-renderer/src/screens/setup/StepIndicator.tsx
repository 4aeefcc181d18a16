import { useTranslation } from 'react-i18next';

export type SetupStep = 1 | 2 | 3;

/** Where the wizard stands; the current step is marked for assistive technology too. */
export function StepIndicator({ current }: { current: SetupStep }) {
  const { t } = useTranslation();
  const steps: { step: SetupStep; label: string }[] = [
    { step: 1, label: t('setup:steps.organisation') },
    { step: 2, label: t('setup:steps.admin') },
    { step: 3, label: t('setup:steps.recoveryCode') },
  ];
  return (
    <ol className="steps" aria-label={t('setup:steps.label')}>
      {steps.map(({ step, label }) => (
        <li
          key={step}
          className={step === current ? 'step step-current' : step < current ? 'step step-done' : 'step'}
          aria-current={step === current ? 'step' : undefined}
        >
          <span className="step-number" aria-hidden="true">
            {step < current ? '✓' : step}
          </span>
          <span className="step-label">{label}</span>
          {step < current ? <span className="visually-hidden"> {t('setup:steps.done')}</span> : null}
        </li>
      ))}
    </ol>
  );
}
