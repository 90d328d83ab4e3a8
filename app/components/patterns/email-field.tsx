import { Field, type FieldProps } from './field.tsx'

/**
 * An email address (GOV.UK email address pattern): an email input, always
 * left to right, never spell-checked, named "email" unless the form says
 * otherwise.
 */
export function EmailField(props: Omit<FieldProps, 'type' | 'dir' | 'name'> & { name?: string }) {
  return <Field name="email" {...props} type="email" dir="ltr" />
}
