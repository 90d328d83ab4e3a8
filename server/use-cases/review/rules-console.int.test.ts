import { and, eq, gte } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { parseEvidenceId, parseRuleId, type RuleRevisionForm } from '#domain/review/rule-revision.ts'
import { asUserId, type UserId } from '#domain/shared/ids.ts'
import type { CalendarDate } from '#domain/shared/calendar-date.ts'
import { publicVerdicts } from '#domain/listing/public-verdicts.ts'
import { demoIds } from '#server/seed/demo-ids.ts'
import { siteAndCheckVerdicts } from '#tests/fixtures/policy-file.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { auditEvent } from '../../db/schema/app.ts'
import { user } from '../../db/schema/auth.ts'
import { evidence, jurisdictionRule, offer } from '../../db/schema/catalogue.ts'
import { queues } from '../../jobs/queue.ts'
import { seedDemoData } from '../../seed/seed-demo.ts'
import { getProviderProfile } from '../catalogue/public-catalogue.ts'
import { providerSearchPage } from '../catalogue/provider-search.ts'
import { judgeOffers, type JudgeScope } from '../catalogue/judge-offers.ts'
import { evidenceForReviewer, reviseEvidenceAsReviewer } from './evidence-console.ts'
import { reviseRuleAsReviewer, ruleForReviewer, type ConsoleDeps } from './rules-console.ts'

// Issue 16, must-show 5 (first half): a reviewer changes India's rule for
// cell-based interventions in the console; the `offers.judge` job judges the
// country's offers again, those whose verdict changed go back to the
// reviewers, a withheld one leaves search and the profile at once, the old
// version stays readable, and policy:check agrees with the site.
let rt: Awaited<ReturnType<typeof startTestRuntime>>
let deps: ConsoleDeps
let reviewer: UserId
let reviewerName: string
const queued: (string | null)[] = []
const inRule = parseRuleId('in-cell-based')!
const lotusSlug = 'lotus-neuro-care-bengaluru'

beforeAll(async () => {
  rt = await startTestRuntime()
  await seedDemoData({ db: rt.database.db, auth: rt.auth, logger: rt.logger, printCredentials: false })
  const [r] = await rt.database.db
    .select({ id: user.id, name: user.name })
    .from(user)
    .where(eq(user.email, demoIds.email.reviewer))
  reviewer = asUserId(r!.id)
  reviewerName = r!.name
  // The runtime's own queue and worker; the ids are kept to wait for each job.
  deps = {
    database: rt.database,
    jobs: {
      judgeOffers: async (scope: JudgeScope) => {
        const id = await rt.jobs.judgeOffers(scope)
        queued.push(id)
        return id
      },
    },
  }
})
afterAll(async () => {
  await rt?.cleanup()
})

/** Waits until the last queued judging job has completed. */
async function lastJobDone() {
  const id = queued.at(-1)
  expect(id).toBeTruthy()
  for (let i = 0; i < 240; i++) {
    const job = await rt.jobs.boss.getJobById(queues.judgeOffers, id!)
    if (job?.state === 'completed') return
    if (job?.state === 'failed') throw new Error('the judging job failed')
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error('the judging job did not finish in a minute')
}

const storedOffer = async (id: string) =>
  (await rt.database.db.select().from(offer).where(eq(offer.id, id)))[0]!
const currentRule = async () =>
  (await rt.database.db.select().from(jurisdictionRule).where(eq(jurisdictionRule.id, inRule)))[0]!

function formOf(r: Awaited<ReturnType<typeof currentRule>>, over: Partial<RuleRevisionForm> = {}) {
  return {
    requirement: r.requirement,
    requiredDocuments: r.requiredDocuments,
    acceptedRegistries: r.acceptedRegistries,
    approvedTreatmentIds: r.approvedTreatmentIds,
    summary: r.summary,
    sourceIds: r.sourceIds,
    effectiveDate: String(r.effectiveDate),
    reviewDate: String(r.reviewDate),
    note: 'integration test',
    version: String(r.version),
    ...over,
  }
}

const trialHitsInIndia = async () =>
  (await providerSearchPage(rt, new URLSearchParams('country=IN&pathway=registered-trial'))).hits.map(
    (h) => h.slug,
  )
const profileOfferIds = async () => (await getProviderProfile(rt, lotusSlug))?.offers.map((o) => o.id) ?? []

describe(`the rules console on ${engineUnderTest}`, () => {
  test('changing India’s accepted registries re-judges its offers, withholds the CTRI trial at once, and keeps version 1 readable', async () => {
    const trial = demoIds.offer.lotusTrial
    const before = await currentRule()
    const original = (await storedOffer(trial)).verdict
    expect(publicVerdicts).toContain(original)
    expect(await trialHitsInIndia()).toContain(lotusSlug)
    expect(await profileOfferIds()).toContain(trial)
    const startedAt = new Date()
    try {
      const saved = await reviseRuleAsReviewer(
        deps,
        reviewer,
        inRule,
        formOf(before, { acceptedRegistries: ['NCT'], note: 'Only ClinicalTrials.gov ids from now on' }),
      )
      expect(saved).toEqual({ ok: true, value: { version: before.version + 1 } })
      await lastJobDone()

      // The CTRI trial is no longer proven by an accepted registry: withheld, and back with the reviewers.
      const moved = await storedOffer(trial)
      expect(moved.verdict).toBe('needs-documents')
      expect(moved.reviewStatus).toBe('pending')
      expect((moved.verdictReasons as { code: string }[]).map((r) => r.code)).toContain(
        'trial.registry-not-accepted',
      )
      // An offer whose verdict did not move keeps its review.
      expect((await storedOffer(demoIds.offer.lotusMdt)).reviewStatus).toBe('approved')

      // Gone from search and the profile the moment the job is done.
      expect(await trialHitsInIndia()).not.toContain(lotusSlug)
      expect(await profileOfferIds()).not.toContain(trial)

      // The audit trail says what moved, from what to what, and because of which version.
      const audit = await rt.database.db
        .select()
        .from(auditEvent)
        .where(
          and(
            eq(auditEvent.action, 'offer.verdict-changed'),
            eq(auditEvent.subjectId, trial),
            gte(auditEvent.at, startedAt),
          ),
        )
      expect(audit.map((a) => a.details)).toEqual([
        expect.objectContaining({
          from: original,
          to: 'needs-documents',
          reviewStatusBefore: 'approved',
          cause: { subjectType: 'jurisdiction-rule', subjectId: inRule, version: before.version + 1 },
        }),
      ])

      // Every version readable, with who and why.
      const page = await ruleForReviewer(deps, inRule)
      expect(page!.current.version).toBe(before.version + 1)
      expect(page!.versions[0]).toMatchObject({
        version: before.version + 1,
        acceptedRegistries: ['NCT'],
        note: 'Only ClinicalTrials.gov ids from now on',
        author: reviewerName,
      })
      expect(page!.versions.at(-1)).toMatchObject({
        version: 1,
        acceptedRegistries: ['CTRI'],
        author: 'content/rules/in-cell-based.json',
      })

      // policy:check reads the same rule.
      const { site, check } = await siteAndCheckVerdicts(
        rt.database.db,
        Object.values(demoIds.offer),
        new Date(),
      )
      expect(check).toEqual(site)
      expect(check[trial]).toBe('needs-documents')

      // Judging twice changes nothing more (a retried or doubled job).
      const again = await judgeOffers(
        rt.database.db,
        { kind: 'rule', countryCode: 'IN', treatmentClass: 'cell-based-intervention' },
        new Date(),
      )
      expect(again.judged).toBeGreaterThan(0)
      expect(again.changed).toEqual([])
    } finally {
      // The server's database is shared by every test file: put the rule back, judged again.
      const current = await currentRule()
      await reviseRuleAsReviewer(
        deps,
        reviewer,
        inRule,
        formOf(current, { acceptedRegistries: before.acceptedRegistries }),
      )
      await lastJobDone()
    }
    // Listable again, but a reviewer must approve it again before it is public.
    const back = await storedOffer(trial)
    expect(back.verdict).toBe(original)
    expect(back.reviewStatus).toBe('pending')
    expect(await profileOfferIds()).not.toContain(trial)
    await rt.database.db.update(offer).set({ reviewStatus: 'approved' }).where(eq(offer.id, trial))
  })

  test('when the job queue cannot take the work, the saved revision judges its offers at once', async () => {
    const trial = demoIds.offer.lotusTrial
    const before = await currentRule()
    const queueDown: ConsoleDeps = {
      database: rt.database,
      jobs: {
        judgeOffers: () => Promise.reject(new Error('queue unreachable')),
      },
    }
    try {
      const saved = await reviseRuleAsReviewer(
        queueDown,
        reviewer,
        inRule,
        formOf(before, { acceptedRegistries: ['NCT'] }),
      )
      expect(saved?.ok).toBe(true)
      // No job to wait for: the verdict has already moved.
      expect((await storedOffer(trial)).verdict).toBe('needs-documents')
    } finally {
      const current = await currentRule()
      await reviseRuleAsReviewer(
        queueDown,
        reviewer,
        inRule,
        formOf(current, { acceptedRegistries: before.acceptedRegistries }),
      )
      await rt.database.db.update(offer).set({ reviewStatus: 'approved' }).where(eq(offer.id, trial))
    }
    expect(publicVerdicts).toContain((await storedOffer(trial)).verdict)
  })

  test('a revision with problems is refused on each field and nothing is saved', async () => {
    const before = await currentRule()
    const refused = await reviseRuleAsReviewer(
      deps,
      reviewer,
      inRule,
      formOf(before, { sourceIds: ['a-clinic-brochure'], reviewDate: '2017-01-01', note: '' }),
    )
    expect(refused).toEqual({
      ok: false,
      error: [
        { code: 'rule-revision.source-unknown', field: 'sourceIds' },
        { code: 'rule-revision.note-missing', field: 'note' },
        { code: 'rule-revision.effective-after-review', field: 'reviewDate' },
      ],
    })
    expect((await currentRule()).version).toBe(before.version)
  })

  test('a save over a version someone else saved meanwhile is refused', async () => {
    const before = await currentRule()
    const stale = await reviseRuleAsReviewer(deps, reviewer, inRule, {
      ...formOf(before),
      version: String(before.version - 1),
    })
    expect(stale).toEqual({ ok: false, error: [{ code: 'rule-revision.stale', field: 'form' }] })
    expect((await currentRule()).version).toBe(before.version)
  })

  test('an unknown rule or record is not found', async () => {
    expect(await ruleForReviewer(deps, parseRuleId('no-such-rule')!)).toBeNull()
    expect(await evidenceForReviewer(deps, parseEvidenceId('no-such-record')!)).toBeNull()
  })

  test('an evidence revision keeps the old version and judges that treatment’s offers for that condition again', async () => {
    const id = parseEvidenceId('als-bm-mnc')!
    const [before] = await rt.database.db.select().from(evidence).where(eq(evidence.id, id))
    const startedAt = new Date()
    const today = startedAt.toISOString().slice(0, 10) as CalendarDate
    const formFor = (summary: string, version: number, note: string) => ({
      standing: before!.standing,
      summary,
      sourceIds: before!.sourceIds,
      lastReviewed: today,
      note,
      version: String(version),
    })
    try {
      const saved = await reviseEvidenceAsReviewer(
        deps,
        reviewer,
        id,
        formFor(`${before!.summary} Re-read for this test.`, before!.version, 'Re-read the Cochrane review'),
        today,
      )
      expect(saved).toEqual({ ok: true, value: { version: before!.version + 1 } })
      await lastJobDone()
      // Both bone-marrow cell offers for ALS were judged by the job, after the save.
      for (const offerId of [demoIds.offer.sunrisePackage, demoIds.offer.alamedaCells])
        expect((await storedOffer(offerId)).verdictAt.getTime()).toBeGreaterThanOrEqual(startedAt.getTime())
      // An offer of another treatment, in a country no test here revises, was not.
      expect((await storedOffer(demoIds.offer.rheinPeg)).verdictAt.getTime()).toBeLessThan(
        startedAt.getTime(),
      )
      const page = await evidenceForReviewer(deps, id)
      expect(page!.versions.map((v) => v.version).slice(0, 2)).toEqual([before!.version + 1, before!.version])
      expect(page!.versions.at(-1)).toMatchObject({ version: 1, author: 'content/evidence/als-bm-mnc.json' })
      expect(page!.versions[1]!.summary).toBe(before!.summary)
      expect(page!.versions[0]).toMatchObject({ note: 'Re-read the Cochrane review', lastReviewed: today })
    } finally {
      // The server's database is shared by every test file: put the summary back.
      const [now] = await rt.database.db.select().from(evidence).where(eq(evidence.id, id))
      await reviseEvidenceAsReviewer(
        deps,
        reviewer,
        id,
        formFor(before!.summary, now!.version, 'restore'),
        today,
      )
      await lastJobDone()
    }
  })
})
