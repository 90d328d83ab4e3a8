import type { ReactNode } from 'react'
import { Form } from 'react-router'
import { ErrorSummary } from '#app/components/patterns/error-summary.tsx'
import { Field } from '#app/components/patterns/field.tsx'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { Button } from '#app/components/ui/button.tsx'
import type { FailureView } from '#app/lib/action-failure.ts'
import { useT } from '#app/lib/i18n.ts'

// The pieces every account page is made of (sign-up, sign-in, the TOTP step,
// password reset, TOTP set-up, erasure): one page frame with the error summary,
// and one way to ask for an email address, a password or a code, so that their
// labels, autocomplete hints and direction are the same on every page.

/** A one-column account page: its title (with "Error:" when the form failed), the error summary, the heading. */
export function AccountPage({
  title,
  failed,
  lede,
  notice,
  children,
}: {
  title: string
  failed?: FailureView
  lede?: string
  /** A banner above the heading (signed out, password reset). */
  notice?: ReactNode
  children: ReactNode
}) {
  return (
    <div className="two-thirds">
      <PageTitle title={title} error={failed?.failed ?? false} />
      <ErrorSummary errors={failed?.list ?? []} />
      {notice}
      <h1 className="heading-xl">{title}</h1>
      {lede ? <p className="body">{lede}</p> : null}
      {children}
    </div>
  )
}

/** A form posted to the page itself, without the browser's own validation (the server decides). */
export function AccountForm({
  submit,
  hidden = {},
  children,
}: {
  submit: string
  /** Hidden fields: what the form carries along (where to go next, which step). */
  hidden?: Record<string, string>
  children: ReactNode
}) {
  return (
    <Form method="post" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <Button>{submit}</Button>
    </Form>
  )
}

/** The email address: kept as typed when the form comes back. */
export function EmailField({
  failed,
  hint,
  autoComplete = 'email',
}: {
  failed: FailureView
  hint?: string
  autoComplete?: string
}) {
  const t = useT()
  return (
    <Field
      id="email"
      name="email"
      type="email"
      label={t('field.email.label')}
      hint={hint}
      error={failed.errorFor('email')}
      defaultValue={failed.value('email')}
      autoComplete={autoComplete}
      dir="ltr"
    />
  )
}

/** A password: the one the person has (`current`) or a new one, with the rules as its hint. Never given back. */
export function PasswordField({
  failed,
  kind,
  label,
}: {
  failed: FailureView
  kind: 'current' | 'new' | 'reset'
  /** What this page asks the password for, in place of "Password". */
  label?: string
}) {
  const t = useT()
  return (
    <Field
      id="password"
      name="password"
      type="password"
      label={label ?? t(kind === 'reset' ? 'field.newPassword.label' : 'field.password.label')}
      hint={kind === 'current' ? undefined : t('field.password.hint')}
      error={failed.errorFor('password')}
      autoComplete={kind === 'current' ? 'current-password' : 'new-password'}
      dir="ltr"
    />
  )
}

/** The code of the second step; `orBackup` when a backup code is taken too (signing in, not setting up). */
export function CodeField({ failed, orBackup = false }: { failed: FailureView; orBackup?: boolean }) {
  const t = useT()
  return (
    <Field
      id="code"
      name="code"
      label={t(orBackup ? 'field.code.labelOrBackup' : 'field.code.label')}
      hint={t(orBackup ? 'field.code.hintOrBackup' : 'field.code.hint')}
      error={failed.errorFor('code')}
      autoComplete="one-time-code"
      // A backup code has letters: a number pad would not let it be typed.
      inputMode={orBackup ? 'text' : 'numeric'}
      width="code"
      dir="ltr"
    />
  )
}
