import { randomBytes } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { newCaseKey, openCaseKey, seal, unseal } from './case-vault.ts'

// Sealing imports each case key once and reuses it for as long as the key's
// Buffer lives: a value must still open only with its own case's key.
const master = randomBytes(32)

describe('case vault', () => {
  test('a sealed value opens with its key, also through a freshly unwrapped copy of it', () => {
    const { key, wrapped } = newCaseKey(master)
    const sealed = seal(key, { 'patient-name': 'Salma Haddad' })
    expect(unseal(key, sealed)).toEqual({ 'patient-name': 'Salma Haddad' })
    expect(unseal(openCaseKey(wrapped, master)!, sealed)).toEqual({ 'patient-name': 'Salma Haddad' })
  })

  test("one case's key never opens another case's value, even after both were used", () => {
    const a = newCaseKey(master).key
    const b = newCaseKey(master).key
    const sealedA = seal(a, 'a')
    const sealedB = seal(b, 'b')
    expect(unseal(a, sealedA)).toBe('a')
    expect(unseal(b, sealedB)).toBe('b')
    expect(() => unseal(a, sealedB)).toThrow()
    expect(() => unseal(b, sealedA)).toThrow()
  })
})
