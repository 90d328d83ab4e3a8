import { describe, expect, test } from 'vitest'
import { admit, createAdmission, repeatShare } from './cache-admission.ts'

describe('which search pages the page cache stores', () => {
  test('a process too new to know stores every page', () => {
    const a = createAdmission({ window: 8 })
    expect(admit(a, 'q=a', 0)).toBe(true)
    expect(repeatShare(a)).toBeNull()
  })

  test('under a long tail, only a page asked before is stored', () => {
    const a = createAdmission({ window: 8 })
    for (let i = 0; i < 8; i++) admit(a, `q=${i}`, i)
    expect(repeatShare(a)).toBe(0)
    expect(admit(a, 'q=new', 10)).toBe(false)
    expect(admit(a, 'q=new', 11)).toBe(true)
  })

  test('while most asks are repeats, a new page is stored at once', () => {
    const a = createAdmission({ window: 8 })
    for (let i = 0; i < 8; i++) admit(a, 'q=popular', i)
    expect(repeatShare(a)).toBeGreaterThanOrEqual(0.5)
    expect(admit(a, 'q=other', 10)).toBe(true)
  })

  test('an ask long ago is not a repeat', () => {
    const a = createAdmission({ window: 8, memoryMs: 1000 })
    for (let i = 0; i < 8; i++) admit(a, `q=${i}`, i)
    admit(a, 'q=old', 10)
    expect(admit(a, 'q=old', 5000)).toBe(false)
  })

  test('memory is bounded: the oldest URL is forgotten first', () => {
    const a = createAdmission({ window: 4, capacity: 3 })
    for (const k of ['a', 'b', 'c', 'd']) admit(a, k, 0)
    expect([...a.seen.keys()]).toEqual(['b', 'c', 'd'])
  })
})
