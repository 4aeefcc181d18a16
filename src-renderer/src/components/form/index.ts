/** The one form kit: react-hook-form with the contract's zod schemas, and labelled, described fields. */
export { CheckboxField, FieldFrame, SelectField, TextAreaField, TextField, type ControlProps } from './Field';
export { DateField } from './DateField';
export { DateInput } from './DateInput';
export { fieldsUnder, useContractForm, type ContractForm } from './use-contract-form';
