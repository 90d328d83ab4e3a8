import { expect, test } from 'vitest'
import { readSecondStepCode } from './second-step-code.ts'

test('six digits are the app’s code, in any digits and with spaces', () => {
  expect(readSecondStepCode(' 123 456 ')).toEqual({ kind: 'app', code: '123456' })
  expect(readSecondStepCode('١٢٣٤٥٦')).toEqual({ kind: 'app', code: '123456' })
})

test('ten letters and digits are a backup code, read as typed, with or without its dash', () => {
  expect(readSecondStepCode('7Qi56-Twao9')).toEqual({ kind: 'backup', code: '7Qi56-Twao9' })
  expect(readSecondStepCode('7Qi56Twao9')).toEqual({ kind: 'backup', code: '7Qi56-Twao9' })
  expect(readSecondStepCode('7Qi56 - Twao9')).toEqual({ kind: 'backup', code: '7Qi56-Twao9' })
})

test('anything else is neither', () => {
  for (const typed of ['', '12345', '1234567', '7Qi56-Twao', '7Qi56_Twao9', 'abc'])
    expect(readSecondStepCode(typed), typed).toBeNull()
})
