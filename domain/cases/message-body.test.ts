import { expect, test } from 'vitest'
import { decideMessageBody, MAX_MESSAGE_LENGTH } from './message-body.ts'

test('an empty message without attachments is refused', () => {
  expect(decideMessageBody('  \u0000 ', 0)).toEqual({ ok: false, error: { code: 'message.empty' } })
})

test('an attachment alone is a message', () => {
  expect(decideMessageBody('', 1)).toEqual({ ok: true, value: '' })
})

test('a message over the limit is refused with the limit', () => {
  expect(decideMessageBody('x'.repeat(MAX_MESSAGE_LENGTH + 1), 0)).toEqual({
    ok: false,
    error: { code: 'message.too-long', max: MAX_MESSAGE_LENGTH },
  })
  expect(decideMessageBody('x'.repeat(MAX_MESSAGE_LENGTH), 0).ok).toBe(true)
})
