import { expect, test } from 'vitest'
import { resetPasswordSchema, signUpSchema } from './account-forms.ts'

const signUp = (password: string) =>
  signUpSchema.safeParse({ name: 'Sara', email: 'sara@example.test', password })
const messages = (r: ReturnType<typeof signUp>) => (r.success ? [] : r.error.issues.map((i) => i.message))

test('a passphrase with spaces in it is welcome', () => {
  expect(signUp('correct horse battery').success).toBe(true)
})

test('ten spaces are not a password, at sign-up or at a reset', () => {
  expect(messages(signUp(' '.repeat(10)))).toEqual(['error.password.onlySpaces'])
  const reset = resetPasswordSchema.safeParse({ token: 't', password: '\t'.repeat(12) })
  expect(reset.success).toBe(false)
})
