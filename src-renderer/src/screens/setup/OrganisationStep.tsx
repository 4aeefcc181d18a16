import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MODULES, type ModuleId } from '../../../../src-main/contract';
import { setupInput } from '../../../../src-main/contract/session';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { TextField } from '../../components/form';
import { LanguageSelect } from '../../components/LanguageSelect';
import { PageHeading } from '../../components/PageHeading';
import { moduleHintKey, moduleKey } from '../../i18n/dynamic-keys';

const organisationSchema = setupInput.pick({ organisationName: true, modules: true });

export interface OrganisationValues {
  organisationName: string;
  modules: ModuleId[];
}

interface OrganisationStepProps {
  initial: OrganisationValues | null;
  /** False on first arrival, when the screen's h1 takes the focus instead. */
  focusHeading: boolean;
  onNext: (values: OrganisationValues) => void;
}

export function OrganisationStep({ initial, focusHeading, onNext }: OrganisationStepProps) {
  const { t } = useTranslation();
  const { register, handleSubmit, formState } = useForm({
    resolver: zodResolver(organisationSchema),
    defaultValues: initial ?? { organisationName: '', modules: [] },
  });
  return (
    <section>
      <PageHeading level={2} focusOnMount={focusHeading}>
        {t('setup:organisation.title')}
      </PageHeading>
      <p>{t('setup:organisation.explanation')}</p>
      <form onSubmit={(event) => void handleSubmit(onNext)(event)} noValidate>
        <TextField
          label={t('setup:organisation.name')}
          registration={register('organisationName')}
          error={formState.errors.organisationName}
          hint={t('setup:organisation.nameHint')}
          autoComplete="organization"
          dir="auto"
        />
        <CheckboxGroup
          legend={t('setup:organisation.modules')}
          registration={register('modules')}
          error={formState.errors.modules}
          options={MODULES.map((m) => ({ value: m, label: t(moduleKey(m)), hint: t(moduleHintKey(m)) }))}
        />
        <LanguageSelect />
        <div className="actions">
          <button type="submit" className="button-primary">
            {t('setup:next')}
          </button>
        </div>
      </form>
    </section>
  );
}
