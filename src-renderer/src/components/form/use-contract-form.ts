import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback } from 'react';
import { useForm, type FieldValues, type Path, type UseFormProps, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { ErrorValue } from '../../../../src-main/contract';

export type ContractForm<S extends z.ZodType> = UseFormReturn<z.input<S> & FieldValues, unknown, z.output<S> & FieldValues> & {
  /**
   * Puts the issues of an INVALID_INPUT answer on the fields they name (the core checks the same
   * schema, and more), so the user sees which field to fix. Returns true if every issue found a field.
   */
  showServerIssues(error: ErrorValue, rename?: Record<string, string>): boolean;
};

/**
 * react-hook-form driven by a channel's input schema from the contract: the rules a field must
 * meet are written once, in the contract, and the form and the core check the same ones.
 */
export function useContractForm<S extends z.ZodType>(
  schema: S,
  options: Omit<UseFormProps<z.input<S> & FieldValues, unknown, z.output<S> & FieldValues>, 'resolver'> = {},
): ContractForm<S> {
  const form = useForm<z.input<S> & FieldValues, unknown, z.output<S> & FieldValues>({
    ...options,
    // The resolver's generic types cannot follow a schema parameter; the form's types above do.
    resolver: zodResolver(schema as never) as never,
  });
  const { setError, getValues } = form;
  const showServerIssues = useCallback(
    (error: ErrorValue, rename: Record<string, string> = {}) => {
      const issues = error.code === 'INVALID_INPUT' ? (error.details?.issues ?? []) : [];
      let placed = 0;
      for (const issue of issues) {
        const path = rename[issue.path] ?? issue.path;
        if (path === '' || getValues(path as Path<z.input<S> & FieldValues>) === undefined) continue;
        setError(path as Path<z.input<S> & FieldValues>, { type: 'server', message: issue.message }, { shouldFocus: placed === 0 });
        placed++;
      }
      return issues.length > 0 && placed === issues.length;
    },
    [setError, getValues],
  );
  return Object.assign(form, { showServerIssues });
}

/**
 * For `showServerIssues` when the form holds one object of the channel's input: the core names
 * its fields under their key (`employer.name`), the form names them alone (`name`).
 */
export function fieldsUnder(key: string, schema: { shape: object }): Record<string, string> {
  return Object.fromEntries(Object.keys(schema.shape).map((name) => [`${key}.${name}`, name]));
}
