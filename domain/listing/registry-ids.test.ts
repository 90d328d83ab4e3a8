import { describe, expect, test } from 'vitest'
import { registryOf } from './registry-ids.ts'

describe('trial registry numbers', () => {
  test.each([
    ['CTRI/2018/06/014436', 'CTRI'],
    ['CTRI/2009/091/000051', 'CTRI'],
    ['NCT03280056', 'NCT'],
    ['2023-503456-12-00', 'EUCT'],
    ['2015-001234-56', 'EudraCT'],
    ['ISRCTN12345678', 'ISRCTN'],
    ['DRKS00012345', 'DRKS'],
    ['KCT0001234', 'CRIS'],
    ['TCTR20190101001', 'TCTR'],
    ['jRCT2031190001', 'jRCT'],
    ['ChiCTR2000029308', 'ChiCTR'],
    ['ACTRN12619000001234', 'ANZCTR'],
    ['PACTR202001123456789', 'PACTR'],
  ])('%s is a %s number', (id, registry) => {
    expect(registryOf(id)).toBe(registry)
  })

  test.each([
    'CTRI-2019-17000',
    'CTRI/2019/13/000001', // no thirteenth month
    'CTRI/2019/00/000001',
    'CTRI/2019/6/000001',
    'CTRI/2019/06/01443',
    'NCT123',
    'NCT1234567',
    'NCT123456789',
    '2023-12-00',
    'ISRCTN1234',
    '',
  ])('%j is no registry number', (id) => {
    expect(registryOf(id)).toBeNull()
  })
})
