import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { inboxViews, statusesInView, type InboxView } from '#domain/referrals/inbox-views.ts'
import type { ReferralStatus } from '#domain/referrals/referral.ts'
import type { UserId } from '#domain/shared/ids.ts'
import { aClinicMember, aClock, aSentCase, depsOf, lotus, rhein } from '#tests/fixtures/builders.ts'
import { dicomZip, tinyPdf } from '#tests/fixtures/documents.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { patientCase, referral } from '../../db/schema/cases.ts'
import { providerStaff } from '../../db/schema/app.ts'
import { seedDemoData } from '../../seed/seed-demo.ts'
import { clinicReferrals } from './case-lists.ts'

// The clinic's inbox views (issue 15): each lists only its own referrals,
// the four groups between them list every referral once, and each count is
// what its view lists.
let rt: Awaited<ReturnType<typeof startTestRuntime>>
beforeAll(async () => {
  rt = await startTestRuntime()
  await seedDemoData({ db: rt.database.db, auth: rt.auth, logger: rt.logger, printCredentials: false })
})
afterAll(async () => {
  await rt?.cleanup()
})

const files = () => ({ letter: tinyPdf('Neurology letter'), mri: dicomZip({ modality: 'MR' }) })

/** Every row a view lists, page after page. */
async function everyRow(userId: UserId, view: InboxView) {
  const rows = []
  for (let page = 1; ; page++) {
    const answer = await clinicReferrals(depsOf(rt), userId, { view, page })
    rows.push(...answer.referrals)
    if (!answer.hasNext) return { rows, counts: answer.counts }
  }
}

describe(`the clinic inbox's views on ${engineUnderTest}`, () => {
  test('a referral shows in its own view and in all, and every count is what its view lists', async () => {
    const desk = await aClinicMember(rt, rhein, 'rhein')
    const made: Record<string, ReferralStatus> = {}
    for (const status of [
      'sent',
      'evaluating',
      'information-requested',
      'plan-proposed',
      'not-eligible',
    ] as const) {
      const { caseId } = await aSentCase(rt, files(), { refer: [rhein] })
      await rt.database.db
        .update(referral)
        .set({ status })
        .where(and(eq(referral.caseId, caseId), eq(referral.providerId, rhein)))
      made[caseId] = status
    }
    const listed = Object.fromEntries(
      await Promise.all(inboxViews.map(async (v) => [v, await everyRow(desk.id, v)] as const)),
    ) as Record<InboxView, Awaited<ReturnType<typeof everyRow>>>

    for (const view of inboxViews) {
      const { rows, counts } = listed[view]
      expect(counts[view], view).toBe(rows.length)
      for (const row of rows)
        expect(statusesInView(view), `${view}: ${row.referralStatus}`).toContain(row.referralStatus)
    }
    const ids = (view: InboxView) => listed[view].rows.map((r) => r.id as string)
    const grouped = inboxViews.filter((v) => v !== 'all').flatMap(ids)
    expect(grouped.toSorted()).toEqual(ids('all').toSorted())
    const expectedView: Record<ReferralStatus, InboxView> = {
      sent: 'new',
      evaluating: 'waiting-on-us',
      'information-requested': 'waiting-on-family',
      'plan-proposed': 'waiting-on-family',
      'not-eligible': 'answered',
    } as Record<ReferralStatus, InboxView>
    for (const [caseId, status] of Object.entries(made)) {
      expect(ids('all')).toContain(caseId)
      for (const view of inboxViews.filter((v) => v !== 'all'))
        expect(ids(view).includes(caseId), `${status} in ${view}`).toBe(view === expectedView[status])
    }
  })

  test('a clinic does not learn from the case’s stage that another clinic has answered', async () => {
    const desk = await aClinicMember(rt, rhein, 'rhein-stage')
    const { caseId } = await aSentCase(rt, files(), { refer: [rhein, lotus] })
    // Lotus has sent its plan: the case is "plan proposed"; Rheinufer has not answered yet.
    await rt.database.db
      .update(referral)
      .set({ status: 'plan-proposed' })
      .where(and(eq(referral.caseId, caseId), eq(referral.providerId, lotus)))
    await rt.database.db.update(patientCase).set({ stage: 'plan-proposed' }).where(eq(patientCase.id, caseId))
    const row = (await everyRow(desk.id, 'all')).rows.find((r) => r.id === caseId)
    expect(row).toMatchObject({ referralStatus: 'sent', stage: null })
  })

  test('another clinic counts none of them', async () => {
    const { caseId } = await aSentCase(rt, files(), { refer: [rhein] })
    const other = await aClinicMember(rt, 'demo-hanbit', 'hanbit')
    const { rows, counts } = await everyRow(other.id, 'all')
    expect(rows.map((r) => r.id)).not.toContain(caseId)
    expect(counts.all).toBe(rows.length)
  })

  test('a member of two clinics reads which clinic each referral is for; a member of one is not told', async () => {
    const { caseId } = await aSentCase(rt, files(), { refer: [lotus, rhein] })
    const both = await aClinicMember(rt, lotus, 'both-clinics')
    await rt.database.db
      .insert(providerStaff)
      .values({ userId: both.id, providerId: rhein, role: 'international-desk' })
    const first = await clinicReferrals(depsOf(rt), both.id, { view: 'all', page: 1 })
    const mine = first.referrals.filter((r) => r.id === caseId)
    expect(first.severalClinics).toBe(true)
    expect(mine.map((r) => r.providerName).sort()).toEqual(
      expect.arrayContaining([expect.stringContaining('Lotus'), expect.stringContaining('Rheinufer')]),
    )
    const one = await aClinicMember(rt, lotus, 'one-clinic')
    const single = await clinicReferrals(depsOf(rt), one.id, { view: 'all', page: 1 })
    expect(single.severalClinics).toBe(false)
    expect(single.referrals.every((r) => r.providerName === null)).toBe(true)
  })

  test('a row shows when the clinic’s answer is due while the move is the clinic’s, and overdue after', async () => {
    const desk = await aClinicMember(rt, rhein, 'rhein-due')
    const { caseId } = await aSentCase(rt, files(), { refer: [rhein] })
    const due = new Date('2030-03-04T09:00:00Z')
    const set = (status: ReferralStatus) =>
      rt.database.db
        .update(referral)
        .set({ status, answerDueAt: due })
        .where(and(eq(referral.caseId, caseId), eq(referral.providerId, rhein)))
    const rowAt = async (now: Date) =>
      (await clinicReferrals(depsOf(rt, { clock: aClock(now) }), desk.id)).referrals.find(
        (r) => r.id === caseId,
      )!
    await set('evaluating')
    expect(await rowAt(new Date('2030-03-04T08:59:00Z'))).toMatchObject({ answerDueAt: due, overdue: false })
    expect(await rowAt(new Date('2030-03-04T09:01:00Z'))).toMatchObject({ answerDueAt: due, overdue: true })
    // Waiting on the family: no date of the clinic's to meet.
    await set('information-requested')
    expect(await rowAt(new Date('2030-03-05T00:00:00Z'))).toMatchObject({ answerDueAt: null, overdue: false })
  })
})
