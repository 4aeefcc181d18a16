/** The one form kit: react-hook-form with the contract's zod schemas, and labelled, described fields. */
export { CheckboxField, FieldFrame, SelectField, TextAreaField, TextField, type ControlProps } from './Field';
export { fieldsUnder, useContractForm, type ContractForm } from './use-contract-form';
