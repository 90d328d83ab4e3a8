import { expect, test } from 'vitest'
import { accessVisits, type AccessRead } from './access-summary.ts'

const read = (minute: number, over: Partial<AccessRead> = {}): AccessRead => ({
  at: new Date(Date.UTC(2026, 11, 2, 10, minute)),
  who: 'Dr Rao',
  role: 'clinic-staff',
  as: 'clinic',
  what: 'case',
  documentId: null,
  providerId: 'demo-lotus-neuro',
  ...over,
})

test('page views close together are one visit, with how many and since when', () => {
  const visits = accessVisits([read(20), read(12), read(2)])
  expect(visits).toHaveLength(1)
  expect(visits[0]).toMatchObject({ count: 3, at: read(20).at, from: read(2).at })
})

test('a long pause starts a new visit', () => {
  expect(accessVisits([read(59), read(2)]).map((v) => v.count)).toEqual([1, 1])
})

test('another person, another provider or another record is another line', () => {
  const visits = accessVisits([
    read(5),
    read(4, { who: 'Ms Okafor', role: 'coordinator', as: 'coordinator', providerId: null }),
    read(3, { providerId: 'demo-rheinufer' }),
    read(2, { what: 'document', documentId: 'd1' }),
    read(1),
  ])
  expect(visits.map((v) => [v.who, v.providerId, v.what, v.count])).toEqual([
    ['Dr Rao', 'demo-lotus-neuro', 'case', 2],
    ['Ms Okafor', null, 'case', 1],
    ['Dr Rao', 'demo-rheinufer', 'case', 1],
    ['Dr Rao', 'demo-lotus-neuro', 'document', 1],
  ])
})
