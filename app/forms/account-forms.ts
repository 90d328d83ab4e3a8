import { readSecondStepCode } from '#domain/accounts/second-step-code.ts'
import { z } from 'zod'
import { accountLimits } from '#domain/accounts/account-limits.ts'

// Messages are catalogue keys; the page translates them. No HTML5 validation:
// the server decides (docs/decisions/0004-server-side-validation.md).
/** An email address; `missing` says whose it is ("your", or someone else's on an invitation). */
const emailOf = (missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(accountLimits.emailMax, 'error.email.tooLong')
    .pipe(z.email({ error: 'error.email.invalid' }))
    .transform((v) => v.toLowerCase())
const email = emailOf('error.email.required')

const newPassword = z
  .string({ error: 'error.password.required' })
  .min(1, 'error.password.required')
  .min(accountLimits.passwordMin, 'error.password.tooShort')
  .max(accountLimits.passwordMax, 'error.password.tooLong')
  // Spaces are welcome in a passphrase, but spaces alone guard nothing.
  .refine((v) => v.trim() !== '', 'error.password.onlySpaces')

export const signUpSchema = z.object({
  name: z
    .string({ error: 'error.name.required' })
    .trim()
    .min(1, 'error.name.required')
    .max(accountLimits.nameMax, 'error.name.tooLong'),
  email,
  password: newPassword,
  next: z.string().max(2000).optional(),
})

export const signInSchema = z.object({
  email,
  password: z
    .string({ error: 'error.password.required' })
    .min(1, 'error.password.required')
    .max(accountLimits.passwordMax, 'error.signIn.failed'),
  next: z.string().max(2000).optional(),
})

export const emailOnlySchema = z.object({ email })

/** Someone else's address: a caregiver invited to a case. */
export const inviteSchema = z.object({ email: emailOf('people.error.emailRequired') })

export const resetPasswordSchema = z.object({
  token: z.string().min(1).max(500),
  password: newPassword,
})

/** The password a signed-in person uses now, asked again before a change that matters. */
const currentPassword = z
  .string({ error: 'error.password.current' })
  .min(1, 'error.password.current')
  .max(accountLimits.passwordMax, 'error.password.wrongCurrent')

/** A signed-in person's new password, with the one they have now. */
export const changePasswordSchema = z.object({ password: currentPassword, newPassword })

/** Erasing one's own account: the box ticked, and the password given again. */
export const eraseAccountSchema = z.object({
  confirm: z.literal('yes', { error: 'erase.error' }),
  password: currentPassword,
})

export const codeSchema = z.object({
  code: z
    .string({ error: 'error.code.invalid' })
    .transform((v) => v.replace(/\s+/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, 'error.code.invalid')),
  next: z.string().max(2000).optional(),
})

/** The second step of signing in: the app's code or a backup code (domain/accounts/second-step-code.ts). */
export const secondStepSchema = z.object({
  code: z
    .string({ error: 'error.code.invalidOrBackup' })
    .transform((v) => readSecondStepCode(v))
    .refine((v) => v !== null, 'error.code.invalidOrBackup')
    .transform((v) => v!),
  next: z.string().max(2000).optional(),
})

export const passwordOnlySchema = z.object({
  password: z
    .string({ error: 'error.password.required' })
    .min(1, 'error.password.required')
    .max(accountLimits.passwordMax, 'error.password.tooLong'),
})
