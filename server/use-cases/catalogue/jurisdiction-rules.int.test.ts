import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { demoIds } from '#server/seed/demo-ids.ts'
import { siteAndCheckVerdicts } from '#tests/fixtures/policy-file.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { jurisdictionRule, offer } from '../../db/schema/catalogue.ts'
import { seedDemoData } from '../../seed/seed-demo.ts'
import { seedReferenceData } from '../../seed/seed-reference.ts'
import { currentJurisdictionRules, jurisdictionRuleHistory } from './current-rules.ts'
import { judgeOffers } from './judge-offers.ts'
import { reviseJurisdictionRule } from './revise-jurisdiction-rule.ts'

// ADR 0028: the jurisdiction rules are seeded once from content/rules and then
// live in the database, versioned; the site and `npm run policy:check` read
// them there and so judge an offer alike.
const dataDir = mkdtempSync(path.join(tmpdir(), 'waypoint-rules-'))
let rt: Awaited<ReturnType<typeof startTestRuntime>>
const start = () => startTestRuntime({ DATA_DIR: dataDir, DB_OPEN_TIMEOUT_MS: '120000' })
const now = new Date()

beforeAll(async () => {
  rt = await start()
  await seedDemoData({ db: rt.database.db, auth: rt.auth, logger: rt.logger, printCredentials: false })
})
afterAll(async () => {
  await rt?.cleanup()
  rmSync(dataDir, { recursive: true, force: true })
})

const rule = async (id: string) =>
  (await rt.database.db.select().from(jurisdictionRule).where(eq(jurisdictionRule.id, id)))[0]!

const verdicts = () => siteAndCheckVerdicts(rt.database.db, Object.values(demoIds.offer), now)

describe(`jurisdiction rules on ${engineUnderTest}`, () => {
  test('the content files seed each rule once, as version 1 written by its file', async () => {
    const history = await jurisdictionRuleHistory(rt.database.db, 'in-cell-based')
    expect(history[0]).toMatchObject({ version: 1, createdBy: 'content/rules/in-cell-based.json' })
    expect((await rule('in-cell-based')).sourceIds).toContain('ngscr-2017-lahiry')
    const rules = await currentJurisdictionRules(rt.database.db, 'IN')
    expect(rules[0]!.sources[0]!.title).toMatch(/National Guidelines for Stem Cell Research/)
  })

  test('policy:check and the site give the same verdict for every demo offer', async () => {
    const { site, check } = await verdicts()
    expect(Object.keys(site)).toHaveLength(Object.keys(demoIds.offer).length)
    expect(check).toEqual(site)
    expect(site[demoIds.offer.sunrisePackage]).toBe('blocked')
  })

  test('a rule edited in the database survives a restart, every version stays readable, and both still agree', async () => {
    const before = await rule('kr-cell-based')
    const reviewer = 'test-reviewer'
    try {
      // South Korea withdraws the conditional approval: the demo lenzumestrocel offer may only be a trial now.
      const revised = await reviseJurisdictionRule(rt.database.db, {
        ruleId: 'kr-cell-based',
        changes: { approvedTreatmentIds: [] },
        by: reviewer,
        note: 'integration test',
      })
      expect(revised.version).toBe(before.version + 1)
      // What the `offers.judge` job does for the revision (ADR 0058).
      expect((await judgeOffers(rt.database.db, revised.scope, now)).judged).toBeGreaterThan(0)

      await rt.stop()
      rt = await start()
      // The start seeded content/rules again: the edit is still the rule in force.
      const after = await rule('kr-cell-based')
      expect(after.version).toBe(revised.version)
      expect(after.approvedTreatmentIds).toEqual([])
      await seedReferenceData(rt.database.db)
      expect((await rule('kr-cell-based')).approvedTreatmentIds).toEqual([])

      const history = await jurisdictionRuleHistory(rt.database.db, 'kr-cell-based')
      expect(history.map((v) => v.version)).toEqual([...Array(revised.version).keys()].map((i) => i + 1))
      expect(history.at(-1)).toMatchObject({
        createdBy: reviewer,
        note: 'integration test',
        approvedTreatmentIds: [],
      })
      expect(history.at(-2)!.approvedTreatmentIds).toEqual(before.approvedTreatmentIds)

      const { site, check } = await verdicts()
      expect(check).toEqual(site)
      expect(site[demoIds.offer.hanbitLenzu]).toBe('blocked')
    } finally {
      // The PostgreSQL server's database is shared by every test file: put the rule back.
      const restored = await reviseJurisdictionRule(rt.database.db, {
        ruleId: 'kr-cell-based',
        changes: { approvedTreatmentIds: before.approvedTreatmentIds },
        by: reviewer,
      })
      await judgeOffers(rt.database.db, restored.scope, now)
    }
  })

  test('a revision citing an unknown source is refused', async () => {
    await expect(
      reviseJurisdictionRule(rt.database.db, {
        ruleId: 'in-cell-based',
        changes: { sourceIds: ['no-such-source'] },
        by: 'test',
      }),
    ).rejects.toThrow(/unknown source ids: no-such-source/)
  })

  test('revising a country’s cell-based rule judges again an offer that is cell-based only by its words', async () => {
    const db = rt.database.db
    const id = 'offer-test-rehab-with-cells'
    const [model] = await db.select().from(offer).where(eq(offer.id, demoIds.offer.lotusMdt))
    await db.insert(offer).values({
      ...model!,
      id,
      treatmentId: 'rehab',
      title: 'Rehabilitation week',
      protocol: 'Physiotherapy with four stem cell injections.',
      verdict: 'listable',
      verdictReasons: [],
    })
    try {
      const current = await rule('in-cell-based')
      const revised = await reviseJurisdictionRule(db, {
        ruleId: 'in-cell-based',
        changes: { summary: current.summary },
        by: 'test-reviewer',
        note: 'judge again',
      })
      await judgeOffers(db, revised.scope, now)
      const [judged] = await db.select().from(offer).where(eq(offer.id, id))
      expect(judged!.verdict).toBe('blocked')
      expect((judged!.verdictReasons as { code: string }[]).map((r) => r.code)).toEqual(
        expect.arrayContaining(['rule.paid-cell-therapy', 'offer.cell-product-in-text']),
      )
    } finally {
      await db.delete(offer).where(eq(offer.id, id))
    }
  })
})

describe.skipIf(engineUnderTest !== 'pglite')('npm run policy:check', () => {
  const script = path.join(import.meta.dirname, '..', '..', '..', 'scripts', 'policy-check.ts')
  const example = (name: string) =>
    path.join(import.meta.dirname, '..', '..', '..', 'examples', 'policy', name)
  const run = (dir: string, file: string) =>
    spawnSync(process.execPath, [script, file], {
      env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '', TEST_DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 180_000,
    })

  test('refuses, with a clear message, a data folder a running server holds', () => {
    const result = run(dataDir, example('paid-stem-cell-package.json'))
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/in use by another Waypoint process/)
    expect(result.stderr).toMatch(/stop the server/)
  })

  test('on a fresh data folder, seeds the rules and prints the verdict', { timeout: 240_000 }, () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'waypoint-policy-'))
    try {
      const blocked = run(dir, example('paid-stem-cell-package.json'))
      expect(blocked.status, blocked.stderr).toBe(3)
      expect(JSON.parse(blocked.stdout).verdict).toBe('blocked')
      const bad = path.join(dir, 'bad.json')
      writeFileSync(bad, '{"offer": {}}')
      expect(run(dir, bad).status).toBe(2)
      const trial = run(dir, example('registered-trial-india.json'))
      expect(trial.status, trial.stderr).toBe(0)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
