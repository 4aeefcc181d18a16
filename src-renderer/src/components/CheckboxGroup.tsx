import { useId } from 'react';
import type { FieldError, Merge, UseFormRegisterReturn } from 'react-hook-form';
import { useValidationMessage } from './validation-message';

export interface CheckboxOption {
  value: string;
  label: string;
  hint?: string;
}

interface CheckboxGroupProps {
  legend: string;
  options: CheckboxOption[];
  /** One registration for all boxes: react-hook-form collects the checked values into an array. */
  registration: UseFormRegisterReturn;
  error?: Merge<FieldError, (FieldError | undefined)[]>;
}

export function CheckboxGroup({ legend, options, registration, error }: CheckboxGroupProps) {
  const id = useId();
  const message = useValidationMessage()(error?.message ?? error?.root?.message);
  const errorId = `${id}-error`;
  return (
    <fieldset className="field checkbox-group" aria-describedby={message ? errorId : undefined}>
      <legend>{legend}</legend>
      {options.map((option) => {
        const boxId = `${id}-${option.value}`;
        return (
          <div className="check" key={option.value}>
            <input
              type="checkbox"
              {...registration}
              id={boxId}
              value={option.value}
              aria-invalid={message ? true : undefined}
              aria-describedby={option.hint ? `${boxId}-hint` : undefined}
            />
            <label htmlFor={boxId}>{option.label}</label>
            {option.hint ? (
              <span id={`${boxId}-hint`} className="check-hint">
                {option.hint}
              </span>
            ) : null}
          </div>
        );
      })}
      {message ? (
        <p id={errorId} className="field-error">
          {message}
        </p>
      ) : null}
    </fieldset>
  );
}
