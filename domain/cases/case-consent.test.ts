import { expect, test } from 'vitest'
import { clinicMayReadDocument, sharedWithNoChosenProvider, type CaseShare } from './case-consent.ts'

const share = (o: Partial<CaseShare> = {}): CaseShare => ({
  providerId: 'lotus',
  status: 'given',
  documentIds: ['shared-letter'],
  sections: [],
  ...o,
})

test('a clinic reads what the family shares with it', () => {
  expect(clinicMayReadDocument(share(), 'shared-letter', [])).toBe(true)
  expect(clinicMayReadDocument(share(), 'mri', [])).toBe(false)
})

test('a clinic reads what it issued itself, even when the family shares nothing', () => {
  expect(clinicMayReadDocument(share({ documentIds: [] }), 'own-invitation', ['own-invitation'])).toBe(true)
  expect(clinicMayReadDocument(share({ status: 'withdrawn' }), 'own-discharge', ['own-discharge'])).toBe(true)
})

test("a clinic never reads a withdrawn share's documents or what another clinic issued", () => {
  expect(clinicMayReadDocument(share({ status: 'withdrawn' }), 'shared-letter', [])).toBe(false)
  expect(clinicMayReadDocument(share(), 'other-clinics-letter', ['own-invitation'])).toBe(false)
})

test('a case with providers chosen and nothing shared with any of them is flagged before sending', () => {
  const chosen = [{ providerId: 'a' }, { providerId: 'a' }, { providerId: 'b' }]
  expect(
    sharedWithNoChosenProvider(chosen, [
      { providerId: 'a', status: 'not-shared' },
      { providerId: 'b', status: 'withdrawn' },
    ]),
  ).toBe(true)
  expect(
    sharedWithNoChosenProvider(chosen, [
      { providerId: 'a', status: 'not-shared' },
      { providerId: 'b', status: 'given' },
    ]),
  ).toBe(false)
  // Shared with a provider the family has since stopped choosing: it reaches none of the chosen ones.
  expect(sharedWithNoChosenProvider([{ providerId: 'b' }], [{ providerId: 'a', status: 'given' }])).toBe(true)
  // No provider chosen (the coordinator helps choose): nothing to share yet.
  expect(sharedWithNoChosenProvider([], [])).toBe(false)
})
