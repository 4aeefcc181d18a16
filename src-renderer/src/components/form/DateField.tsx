import { useController, type Control, type FieldError, type FieldPath, type FieldValues } from 'react-hook-form';
import { DateInput } from './DateInput';
import { FieldFrame } from './Field';

interface DateFieldProps<T extends FieldValues, Out extends FieldValues> {
  label: string;
  control: Control<T, unknown, Out>;
  name: FieldPath<T>;
  error?: FieldError | string | undefined;
  hint?: string;
  className?: string;
  min?: string;
  max?: string;
  /** For an optional date the schema wants absent rather than '' when empty. */
  emptyAsUndefined?: boolean;
}

/**
 * The form kit's date field: shown and typed in the user's language, held by the form as ISO
 * `yyyy-MM-dd`. A text that is no date stays in the form as typed, so the contract's date rule
 * refuses it with its translated message (`validation:date`) on this field.
 */
export function DateField<T extends FieldValues, Out extends FieldValues = T>({ label, control, name, error, hint, className, min, max, emptyAsUndefined = false }: DateFieldProps<T, Out>) {
  const { field } = useController({ control, name });
  return (
    <FieldFrame label={label} error={error} {...(hint ? { hint } : {})} {...(className ? { className } : {})}>
      {(props) => (
        <DateInput
          {...props}
          name={field.name}
          value={typeof field.value === 'string' ? field.value : ''}
          onChange={(v) => field.onChange(v === '' && emptyAsUndefined ? undefined : v)}
          onBlur={field.onBlur}
          {...(min ? { min } : {})}
          {...(max ? { max } : {})}
        />
      )}
    </FieldFrame>
  );
}
