import { describe, expect, test } from 'vitest'
import { parseRecordType, recordTypes } from './record-types.ts'

describe('record types', () => {
  test.each(recordTypes)('%s is a type a family can choose', (type) => {
    expect(parseRecordType(type)).toBe(type)
  })

  test.each(['', 'MRI', 'pdf', '<script>', undefined, null, 3])('%s is no type at all', (value) => {
    expect(parseRecordType(value)).toBeNull()
  })
})
