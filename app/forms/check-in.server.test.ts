import { describe, expect, test } from 'vitest'
import { translator } from '#domain/i18n/translate.ts'
import { savedNotice } from './check-in.server.ts'

const en = translator('en')
const said = (key: ReturnType<typeof savedNotice>) => (key ? en(key) : null)

describe('the notice after a check-in', () => {
  test('thanks the family for the check-in they sent', () => {
    expect(said(savedNotice('checkIn'))).toBe('Check-in sent. Thank you.')
    expect(said(savedNotice('checkInExtra'))).toMatch(/^Check-in sent\. Thank you\. It came before/)
  })

  test('tells the coordinator the phone check-in is recorded, without thanking them for it', () => {
    expect(said(savedNotice('checkIn', 'coordinator'))).toBe('Check-in recorded.')
    const early = said(savedNotice('checkInExtra', 'coordinator'))
    expect(early).toMatch(/^Check-in recorded\. It came before the next planned check-in was due/)
    expect(early).not.toContain('Thank you')
  })

  test('says nothing for an address that is not a check-in', () => {
    expect(savedNotice(null, 'coordinator')).toBeNull()
    expect(savedNotice('adjusted')).toBeNull()
  })
})
