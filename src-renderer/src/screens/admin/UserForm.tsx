import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ROLES, type ErrorValue, type Result, type UserSummary } from '../../../../src-main/contract';
import { createUserInput, updateUserInput } from '../../../../src-main/contract/users';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { FormError } from '../../components/ErrorMessage';
import { TextField } from '../../components/form';
import { roleHintKey, roleKey } from '../../i18n/dynamic-keys';

const editSchema = updateUserInput.omit({ id: true });

function useRoleOptions() {
  const { t } = useTranslation();
  return ROLES.map((r) => ({ value: r, label: t(roleKey(r)), hint: t(roleHintKey(r)) }));
}

interface NewUserFormProps {
  onSubmit: (values: { username: string; displayName: string; roles: UserSummary['roles'] }) => Promise<Result<unknown>>;
  onCancel: () => void;
}

export function NewUserForm({ onSubmit, onCancel }: NewUserFormProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<ErrorValue | null>(null);
  const { register, handleSubmit, formState } = useForm({
    resolver: zodResolver(createUserInput),
    defaultValues: { username: '', displayName: '', roles: [] },
  });
  const submit = handleSubmit(async (values) => {
    setError(null);
    const result = await onSubmit(values);
    if (!result.ok) setError(result.error);
  });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        label={t('admin:userForm.username')}
        registration={register('username')}
        error={formState.errors.username}
        hint={t('admin:userForm.usernameHint')}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        dir="auto"
      />
      <TextField
        label={t('admin:userForm.displayName')}
        registration={register('displayName')}
        error={formState.errors.displayName}
        autoComplete="off"
        dir="auto"
      />
      <CheckboxGroup legend={t('admin:userForm.roles')} registration={register('roles')} error={formState.errors.roles} options={useRoleOptions()} />
      <FormError error={error} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={formState.isSubmitting}>
          {t('admin:userForm.create')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}

interface EditUserFormProps {
  user: UserSummary;
  onSubmit: (values: { displayName: string; roles: UserSummary['roles'] }) => Promise<Result<unknown>>;
  onCancel: () => void;
}

export function EditUserForm({ user, onSubmit, onCancel }: EditUserFormProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<ErrorValue | null>(null);
  const { register, handleSubmit, formState } = useForm({
    resolver: zodResolver(editSchema),
    defaultValues: { displayName: user.displayName, roles: user.roles },
  });
  const submit = handleSubmit(async (values) => {
    setError(null);
    const result = await onSubmit(values);
    if (!result.ok) setError(result.error);
  });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <p className="muted">
        {t('admin:userForm.username')}: <bdi>{user.username}</bdi>
      </p>
      <TextField
        label={t('admin:userForm.displayName')}
        registration={register('displayName')}
        error={formState.errors.displayName}
        autoComplete="off"
        dir="auto"
      />
      <CheckboxGroup legend={t('admin:userForm.roles')} registration={register('roles')} error={formState.errors.roles} options={useRoleOptions()} />
      <FormError error={error} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={formState.isSubmitting}>
          {t('common:save')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}
