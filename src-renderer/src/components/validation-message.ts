import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { AUTO_LOCK_MAX, AUTO_LOCK_MIN, PASSWORD_MIN_LENGTH } from '../../../src-main/contract/fields';

/** Values any validation message may mention; each message uses the ones it needs. */
const PARAMS = { min: PASSWORD_MIN_LENGTH, autoLockMin: AUTO_LOCK_MIN, autoLockMax: AUTO_LOCK_MAX };

/**
 * Contract rules carry i18n keys as their messages: shared ones (`validation:passwordTooShort`)
 * and modules' own (`<module>:validation.<rule>`). Anything else (zod's built-in English
 * messages) becomes a generic hint rather than leaking English.
 */
export function useValidationMessage(): (message: string | undefined) => string | undefined {
  const { t, i18n } = useTranslation();
  return useCallback(
    (message) => {
      if (!message) return undefined;
      // `validation:between?min=15&max=600`: a key and the values its text names.
      const [name = '', query = ''] = message.split('?', 2);
      const isKey = /^(validation:[A-Za-z]+|[a-z]+:validation\.[A-Za-z.]+)$/.test(name);
      const key = isKey && i18n.exists(name) ? name : 'validation:invalid';
      const values = Object.fromEntries([...new URLSearchParams(query)].map(([k, v]) => [k, Number(v)]));
      return t(key, { ...PARAMS, ...values });
    },
    [t, i18n],
  );
}
