import { describe, expect, test } from 'vitest'
import { accountInputProblems, accountLimits } from './account-limits.ts'

describe('account input limits', () => {
  test.each([
    ['a sign-up within the limits', { name: 'Amira Haddad', email: 'a@example.test', locale: 'ar' }, []],
    ['a name of exactly the limit', { name: 'x'.repeat(accountLimits.nameMax) }, []],
    ['a name over the limit', { name: 'x'.repeat(accountLimits.nameMax + 1) }, ['name']],
    ['a 100,000-character name', { name: 'x'.repeat(100_000) }, ['name']],
    ['a blank name', { name: '   ' }, ['name']],
    ['a name that is not text', { name: 42 }, ['name']],
    ['an email over 254 characters', { email: `${'a'.repeat(250)}@b.co` }, ['email']],
    ['a locale we do not speak', { locale: 'xx-<script>' }, ['locale']],
    ['a locale that is not text', { locale: ['en'] }, ['locale']],
    ['no locale at all', { name: 'A' }, []],
    ['a picture', { image: 'https://evil.example/x.png' }, ['image']],
    ['no picture', { image: null }, []],
    ['an update of the name only', { name: 'New name' }, []],
  ])('%s', (_name, input, problems) => {
    expect(accountInputProblems(input)).toEqual(problems)
  })
})
