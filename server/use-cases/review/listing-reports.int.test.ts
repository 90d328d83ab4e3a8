import { randomUUID } from 'node:crypto'
import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { ReportInput } from '#domain/review/listing-report.ts'
import { asUserId, type UserId } from '#domain/shared/ids.ts'
import { aClock, aPatient, depsOf } from '#tests/fixtures/builders.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { auditEvent } from '../../db/schema/app.ts'
import { user } from '../../db/schema/auth.ts'
import { listingReport } from '../../db/schema/reports.ts'
import { renderEmail, type EmailRequest } from '../../mail/templates.ts'
import { seedDemoData } from '../../seed/seed-demo.ts'
import { demoIds } from '../../seed/demo-ids.ts'
import {
  closeListingReport,
  fileListingReport,
  listingReportQueue,
  readListingReport,
  reportableListing,
  takeListingReport,
  type Reporter,
} from './listing-reports.ts'

// Reports from the public (issue 16, ADR 0059), on the real database: stored
// sealed, limited, acknowledged and answered by email in the reporter's
// language, handled by reviewers through the queue.
let rt: Awaited<ReturnType<typeof startTestRuntime>>
beforeAll(async () => {
  rt = await startTestRuntime()
  await seedDemoData({ db: rt.database.db, auth: rt.auth, logger: rt.logger, printCredentials: false })
})
afterAll(async () => {
  await rt?.cleanup()
})

const lotus = demoIds.providerSlug.lotusNeuro

function world() {
  const emails: EmailRequest[] = []
  const clock = aClock(new Date('2026-12-04T10:00:00Z'))
  const deps = depsOf(rt, {
    clock,
    notify: { publicUrl: 'http://waypoint.test', email: async (r) => void emails.push(r) },
  })
  return { deps, emails, clock }
}

/** A reporter from an address of their own, so the limits of one test never touch another's. */
const anonymous = (over: Partial<Reporter> = {}): Reporter => ({
  userId: null,
  accountEmail: null,
  locale: 'en',
  // A /64 of its own (the limits count IPv6 by /64); the server's database keeps other runs' counts.
  address: `2001:db8:${randomUUID().slice(0, 4)}:${randomUUID().slice(0, 4)}::1`,
  ...over,
})
const uniqueEmail = () => `reporter-${randomUUID().slice(0, 8)}@example.test`
const details = 'The offer says the injections reverse ALS within three weeks.'
const input = (over: Partial<ReportInput> = {}): ReportInput => ({
  reason: 'misleading-claims',
  details,
  evidenceUrl: 'https://example.com/advert',
  email: '',
  offer: '',
  ...over,
})

async function aReviewer(): Promise<UserId> {
  const id = randomUUID()
  await rt.database.db.insert(user).values({
    id,
    name: 'Test reviewer',
    email: `rev-${id.slice(0, 8)}@example.test`,
    emailVerified: true,
    role: 'reviewer',
  })
  return asUserId(id)
}

const rowOf = async (reference: string) => {
  const rows = await rt.database.db.select().from(listingReport)
  return rows.find((r) => `R-${r.id.replace(/-/g, '').slice(0, 8).toUpperCase()}` === reference)!
}

describe(`reports from the public on ${engineUnderTest}`, () => {
  test('a report is stored sealed and audited, and acknowledged by email in the reporter’s language', async () => {
    const { deps, emails } = world()
    const email = uniqueEmail()
    const filed = await fileListingReport(deps, anonymous({ locale: 'fr' }), lotus, input({ email }))
    expect(filed.ok).toBe(true)
    if (!filed.ok) return
    expect(filed.value).toMatchObject({ reference: expect.stringMatching(/^R-[0-9A-F]{8}$/), emailed: true })

    const row = await rowOf(filed.value.reference)
    expect(row).toMatchObject({ reason: 'misleading-claims', status: 'received', reporterLocale: 'fr' })
    // What the reporter typed is never readable in the table.
    const stored = JSON.stringify(row)
    expect(stored).not.toContain('reverse ALS')
    expect(stored).not.toContain(email)
    expect(stored).not.toContain('example.com/advert')

    const audits = await rt.database.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.subjectId, row.id), eq(auditEvent.action, 'listing-report.received')))
    expect(audits).toHaveLength(1)
    expect(JSON.stringify(audits[0]!.details)).not.toContain(email)

    expect(emails).toHaveLength(1)
    expect(emails[0]).toMatchObject({
      template: 'listing-report-received',
      to: email,
      locale: 'fr',
      params: { reference: filed.value.reference },
    })
    const rendered = renderEmail(emails[0]!)
    expect(rendered.subject).toBe(`Nous avons reçu votre signalement ${filed.value.reference}`)
    expect(rendered.text).not.toContain('reverse ALS')
  })

  test('a signed-in reporter is answered at their account address, not at one typed into the form', async () => {
    const { deps, emails } = world()
    const person = await aPatient(rt, 'reporting-patient')
    const filed = await fileListingReport(
      deps,
      anonymous({ userId: person.id, accountEmail: person.email }),
      lotus,
      input({ email: 'someone-else@example.test' }),
    )
    expect(filed.ok).toBe(true)
    expect(emails.map((e) => e.to)).toEqual([person.email])
  })

  test('a report without an email is kept, and nobody is emailed', async () => {
    const { deps, emails } = world()
    const filed = await fileListingReport(deps, anonymous(), lotus, input({ reason: 'prices-differ' }))
    expect(filed.ok && filed.value.emailed).toBe(false)
    expect(emails).toHaveLength(0)
  })

  test('bad input is refused with a message on each field, and nothing is stored', async () => {
    const { deps, emails } = world()
    const before = (await rt.database.db.select({ id: listingReport.id }).from(listingReport)).length
    const filed = await fileListingReport(deps, anonymous(), lotus, {
      reason: '',
      details: 'bad',
      evidenceUrl: 'javascript:alert(1)',
      email: 'not-an-email',
      offer: demoIds.offer.sunrisePackage,
    })
    expect(filed.ok).toBe(false)
    if (filed.ok) return
    expect(filed.error.map((e) => [e.code, 'field' in e ? e.field : null])).toEqual([
      ['report.reason-missing', 'reason'],
      ['report.offer-unknown', 'offer'],
      ['report.details-too-short', 'details'],
      ['report.evidence-invalid', 'evidenceUrl'],
      ['report.email-invalid', 'email'],
    ])
    expect((await rt.database.db.select({ id: listingReport.id }).from(listingReport)).length).toBe(before)
    expect(emails).toHaveLength(0)
  })

  test('a listing that is not public cannot be reported: the form is "not found"', async () => {
    const { deps } = world()
    // Sunrise's only offer is blocked by the listing policy.
    expect(await reportableListing(deps, demoIds.providerSlug.sunrise)).toBeNull()
    expect(await fileListingReport(deps, anonymous(), demoIds.providerSlug.sunrise, input())).toEqual({
      ok: false,
      error: [{ code: 'report.listing-not-found' }],
    })
    expect(await fileListingReport(deps, anonymous(), 'no-such-clinic', input())).toEqual({
      ok: false,
      error: [{ code: 'report.listing-not-found' }],
    })
    // The form offers the public listing's public offers only.
    const listing = await reportableListing(deps, lotus)
    expect(listing!.offers.map((o) => o.id)).toContain(demoIds.offer.lotusMdt)
  })

  test('one email address may send three reports in a quarter of an hour, then waits', async () => {
    const { deps, clock } = world()
    const email = uniqueEmail()
    for (let i = 0; i < 3; i++)
      expect((await fileListingReport(deps, anonymous(), lotus, input({ email }))).ok).toBe(true)
    const refused = await fileListingReport(deps, anonymous(), lotus, input({ email: email.toUpperCase() }))
    expect(refused.ok).toBe(false)
    expect(!refused.ok && refused.error[0]).toMatchObject({
      code: 'report.throttled',
      retryAfterMs: 15 * 60_000,
    })
    clock.advance(15 * 60_000 + 1000)
    expect((await fileListingReport(deps, anonymous(), lotus, input({ email }))).ok).toBe(true)
  })

  test('one network address may send five reports in a quarter of an hour, whatever the emails', async () => {
    const { deps } = world()
    const from = anonymous()
    for (let i = 0; i < 5; i++)
      expect((await fileListingReport(deps, from, lotus, input({ email: uniqueEmail() }))).ok).toBe(true)
    const refused = await fileListingReport(deps, from, lotus, input())
    expect(!refused.ok && refused.error[0]!.code).toBe('report.throttled')
  })

  test('a reviewer finds the report in the queue, reads it (audited), takes it and closes it; the reporter is told in their language', async () => {
    const { deps, emails } = world()
    const reviewer = await aReviewer()
    const email = uniqueEmail()
    const before = await listingReportQueue(deps)
    const filed = await fileListingReport(
      deps,
      anonymous({ locale: 'ar' }),
      lotus,
      input({ email, reason: 'unproven-treatment', offer: demoIds.offer.lotusMdt }),
    )
    if (!filed.ok) throw new Error('expected the report to be filed')
    const id = (await rowOf(filed.value.reference)).id

    const queue = await listingReportQueue(deps)
    expect(queue.counts.received).toBe(before.counts.received + 1)
    expect(queue.open.find((r) => r.id === id)).toMatchObject({
      reference: filed.value.reference,
      reason: 'unproven-treatment',
      status: 'received',
      providerName: 'Lotus Neuro Care Hospital',
    })

    const read = await readListingReport(deps, reviewer, id)
    expect(read).toMatchObject({
      details,
      evidenceUrl: 'https://example.com/advert',
      reporter: 'email',
      answerable: true,
      reporterLocale: 'ar',
      offer: { id: demoIds.offer.lotusMdt },
    })
    // The reviewer learns that the reporter can be answered, never the address.
    expect(JSON.stringify(read)).not.toContain(email)
    const reads = await rt.database.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.subjectId, id), eq(auditEvent.action, 'listing-report.read')))
    expect(reads.map((a) => a.actorUserId)).toEqual([reviewer])

    expect(await takeListingReport(deps, reviewer, id)).toEqual({ ok: true, value: null })
    expect((await readListingReport(deps, reviewer, id))!.status).toBe('under-review')

    emails.length = 0
    expect(
      await closeListingReport(deps, reviewer, id, { outcome: 'listing-changed', note: 'Claim removed.' }),
    ).toEqual({ ok: true, value: null })
    expect(emails).toHaveLength(1)
    expect(emails[0]).toMatchObject({
      template: 'listing-report-closed',
      to: email,
      locale: 'ar',
      params: { reference: filed.value.reference, outcome: 'listing-changed' },
    })
    const rendered = renderEmail(emails[0]!)
    expect(rendered.text).toContain('عُدّلت الصفحة.')
    // The note stays with the reviewers.
    expect(rendered.text).not.toContain('Claim removed')

    const row = await rowOf(filed.value.reference)
    expect(row).toMatchObject({ status: 'closed', outcome: 'listing-changed', reviewerUserId: reviewer })
    // The address was needed for the outcome only, and is gone.
    expect(row.reporterEmailSealed).toBeNull()

    expect(await closeListingReport(deps, reviewer, id, { outcome: 'listing-removed', note: '' })).toEqual({
      ok: false,
      error: [{ code: 'report.already-closed' }],
    })
    expect(await takeListingReport(deps, reviewer, id)).toEqual({
      ok: false,
      error: { code: 'report.already-closed' },
    })
    expect(emails).toHaveLength(1)
  })

  test('closing needs an outcome; a report nobody gave an address for closes without an email', async () => {
    const { deps, emails } = world()
    const reviewer = await aReviewer()
    const filed = await fileListingReport(deps, anonymous(), lotus, input({ reason: 'other' }))
    if (!filed.ok) throw new Error('expected the report to be filed')
    const id = (await rowOf(filed.value.reference)).id
    const refused = await closeListingReport(deps, reviewer, id, { outcome: '', note: '' })
    expect(!refused.ok && refused.error).toEqual([{ code: 'report.outcome-missing', field: 'outcome' }])
    expect((await closeListingReport(deps, reviewer, id, { outcome: 'no-change-needed', note: '' })).ok).toBe(
      true,
    )
    expect(emails).toHaveLength(0)
  })

  test('an unknown or malformed report id is not found', async () => {
    const { deps } = world()
    const reviewer = await aReviewer()
    expect(await readListingReport(deps, reviewer, randomUUID())).toBeNull()
    expect(await readListingReport(deps, reviewer, "x' or 1=1")).toBeNull()
    expect(await takeListingReport(deps, reviewer, randomUUID())).toEqual({
      ok: false,
      error: { code: 'report.not-found' },
    })
  })
})
