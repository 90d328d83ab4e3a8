import { describe, expect, test } from 'vitest'
import type { CalendarDate } from '../shared/calendar-date.ts'
import {
  checkFreshness,
  decideEvidenceRevision,
  decideRuleRevision,
  NOTE_MAX,
  type EvidenceRevisionForm,
  type RuleRevisionForm,
} from './rule-revision.ts'

const known = {
  sourceIds: new Set(['ngscr-2017-lahiry', 'ctri-prospective-registration']),
  treatmentIds: new Set(['bm-mnc', 'lenzumestrocel']),
}

const aRuleForm = (over: Partial<RuleRevisionForm> = {}): RuleRevisionForm => ({
  requirement: 'registered-trial-only',
  requiredDocuments: ['trial-registry-id', 'regulator-permission'],
  acceptedRegistries: ['CTRI'],
  approvedTreatmentIds: [],
  summary: 'Only inside an approved, registered trial.',
  sourceIds: ['ngscr-2017-lahiry'],
  effectiveDate: '2017-10-11',
  reviewDate: '2027-01-31',
  note: 'Checked against the 2017 guidelines.',
  ...over,
})

const codes = (r: ReturnType<typeof decideRuleRevision> | ReturnType<typeof decideEvidenceRevision>) =>
  r.ok ? [] : r.error.map((e) => `${e.field}:${e.code}`)

describe('a jurisdiction rule revision', () => {
  test('a complete form becomes a revision, trimmed and without repeated choices', () => {
    const r = decideRuleRevision(
      aRuleForm({ acceptedRegistries: ['CTRI', 'NCT', 'CTRI'], note: '  Added NCT.  ' }),
      known,
    )
    expect(r).toEqual({
      ok: true,
      value: expect.objectContaining({ acceptedRegistries: ['CTRI', 'NCT'], note: 'Added NCT.' }),
    })
  })

  test('a rule may require no documents and accept no registries (care that is simply allowed)', () => {
    const r = decideRuleRevision(
      aRuleForm({ requirement: 'allowed', requiredDocuments: [], acceptedRegistries: [] }),
      known,
    )
    expect(r.ok).toBe(true)
  })

  test.each([
    ['requirement', { requirement: 'anything-goes' }, 'requirement:rule-revision.requirement-unknown'],
    ['requirement', { requirement: '' }, 'requirement:rule-revision.requirement-unknown'],
    ['document', { requiredDocuments: ['a-letter'] }, 'requiredDocuments:rule-revision.document-unknown'],
    ['registry', { acceptedRegistries: ['MADEUP'] }, 'acceptedRegistries:rule-revision.registry-unknown'],
    [
      'treatment',
      { approvedTreatmentIds: ['snake-oil'] },
      'approvedTreatmentIds:rule-revision.treatment-unknown',
    ],
    ['summary', { summary: '   ' }, 'summary:rule-revision.summary-missing'],
    ['source', { sourceIds: [] }, 'sourceIds:rule-revision.sources-missing'],
    ['source', { sourceIds: ['ngscr-2017-lahiry', 'a-blog'] }, 'sourceIds:rule-revision.source-unknown'],
    ['effective date', { effectiveDate: '2017-02-30' }, 'effectiveDate:rule-revision.date-invalid'],
    ['effective date', { effectiveDate: '11/10/2017' }, 'effectiveDate:rule-revision.date-invalid'],
    ['review date', { reviewDate: '9999-99-99' }, 'reviewDate:rule-revision.date-invalid'],
    ['review date', { reviewDate: '2016-01-01' }, 'reviewDate:rule-revision.effective-after-review'],
    ['note', { note: '' }, 'note:rule-revision.note-missing'],
    ['note', { note: 'x'.repeat(NOTE_MAX + 1) }, 'note:rule-revision.note-too-long'],
  ] as const)('a bad %s is refused on its field (%j)', (_, over, expected) => {
    expect(codes(decideRuleRevision(aRuleForm(over), known))).toEqual([expected])
  })

  test('every problem is named at once, so one refusal shows them all', () => {
    const r = decideRuleRevision(
      aRuleForm({ requirement: 'x', summary: '', note: '', reviewDate: '' }),
      known,
    )
    expect(codes(r)).toEqual([
      'requirement:rule-revision.requirement-unknown',
      'summary:rule-revision.summary-missing',
      'note:rule-revision.note-missing',
      'reviewDate:rule-revision.date-invalid',
    ])
  })

  test('a rule naming approved treatments needs the shell to know them', () => {
    const r = decideRuleRevision(aRuleForm({ approvedTreatmentIds: ['bm-mnc'] }), {
      sourceIds: known.sourceIds,
    })
    expect(codes(r)).toEqual(['approvedTreatmentIds:rule-revision.treatment-unknown'])
  })
})

const today = '2026-12-04' as CalendarDate
const anEvidenceForm = (over: Partial<EvidenceRevisionForm> = {}): EvidenceRevisionForm => ({
  standing: 'unproven',
  summary: 'Only small studies without a comparison group.',
  sourceIds: ['ngscr-2017-lahiry'],
  lastReviewed: '2026-11-20',
  note: 'New review read.',
  ...over,
})

describe('an evidence revision', () => {
  test('a complete form becomes a revision', () => {
    expect(decideEvidenceRevision(anEvidenceForm({ standing: 'in-trials' }), known, today)).toEqual({
      ok: true,
      value: expect.objectContaining({ standing: 'in-trials', lastReviewed: '2026-11-20' }),
    })
  })

  test('a review dated today is accepted', () => {
    expect(decideEvidenceRevision(anEvidenceForm({ lastReviewed: today }), known, today).ok).toBe(true)
  })

  test.each([
    [{ standing: 'miracle' }, 'standing:rule-revision.standing-unknown'],
    [{ lastReviewed: '2026-13-01' }, 'lastReviewed:rule-revision.date-invalid'],
    [{ lastReviewed: '2026-12-05' }, 'lastReviewed:rule-revision.reviewed-in-future'],
    [{ sourceIds: ['unknown'] }, 'sourceIds:rule-revision.source-unknown'],
    [{ note: ' ' }, 'note:rule-revision.note-missing'],
  ] as const)('%j is refused on its field', (over, expected) => {
    expect(codes(decideEvidenceRevision(anEvidenceForm(over), known, today))).toEqual([expected])
  })
})

describe('saving over a newer version', () => {
  test('the version the form was opened on must still be current', () => {
    expect(checkFreshness('3', 3).ok).toBe(true)
    expect(checkFreshness('2', 3)).toEqual({
      ok: false,
      error: { code: 'rule-revision.stale', field: 'form' },
    })
    expect(checkFreshness('', 3).ok).toBe(false)
  })
})
