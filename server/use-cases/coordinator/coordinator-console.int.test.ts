import { randomUUID } from 'node:crypto'
import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { parseQueueFilters } from '#domain/cases/queue-filters.ts'
import { asProviderId, type CaseId } from '#domain/shared/ids.ts'
import { dicomZip, tinyPdf } from '#tests/fixtures/documents.ts'
import {
  aClinicMember,
  aClock,
  aCoordinator,
  answerAll,
  aSentCase,
  depsOf,
  open,
  type Person,
} from '#tests/fixtures/builders.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { openCase } from '../../cases/open-case.ts'
import { auditEvent } from '../../db/schema/app.ts'
import { caseNameToken, caseNote, patientCase } from '../../db/schema/cases.ts'
import { followUpVisit } from '../../db/schema/follow-up.ts'
import { adverseEvent } from '../../db/schema/treatment.ts'
import { seedDemoData } from '../../seed/seed-demo.ts'
import { coordinatorQueue, queueQueryFor } from '../cases/case-lists.ts'
import { queuePage } from '../../stores/queue-store.ts'
import { coordinatorDigest } from '../../db/schema/cases.ts'
import { providerRecipients } from '../../stores/referral-store.ts'
import type { EmailRequest } from '../../mail/templates.ts'
import { sendDailyDigests } from './daily-digest.ts'

// The coordinator console (issue 15): assignment and hand-over with one
// outcome under a race, internal notes that only coordinators ever see,
// and the queue's filters and blind-index name search.
let rt: Awaited<ReturnType<typeof startTestRuntime>>
beforeAll(async () => {
  rt = await startTestRuntime()
  await seedDemoData({ db: rt.database.db, auth: rt.auth, logger: rt.logger, printCredentials: false })
})
afterAll(async () => {
  await rt?.cleanup()
})

const files = () => ({ letter: tinyPdf('Neurology letter'), mri: dicomZip({ modality: 'MR' }) })
const DAY = 24 * 60 * 60 * 1000

/** A sent case whose patient has a name no other case has: an Arabic first name, a made-up word, a Japanese surname. */
async function aNamedCase(word = `q${randomUUID().replace(/-/g, '').slice(0, 10)}`) {
  const sent = await aSentCase(rt, files(), { send: false })
  await answerAll(rt, sent.son, sent.caseId, { 'patient-name': `نادية ${word} Ōtsuka` })
  const submitted = await (await open(rt, sent.son, sent.caseId, 'member')).submit()
  if (!submitted.ok) throw new Error(submitted.error.code)
  return { ...sent, word }
}

async function queueIds(viewer: Person, query: Record<string, string>, now = new Date()) {
  const deps = depsOf(rt, { clock: aClock(now) })
  const queue = await coordinatorQueue(deps, viewer.id, parseQueueFilters(query))
  return queue.cases.map((c) => c.id)
}

async function auditActions(caseId: CaseId, action: string) {
  return rt.database.db
    .select()
    .from(auditEvent)
    .where(and(eq(auditEvent.subjectId, caseId), eq(auditEvent.action, action)))
}

describe('assignment', () => {
  test('a coordinator takes a case, hands it over, and each change is audited', async () => {
    const { caseId } = await aSentCase(rt, files())
    const ana = await aCoordinator(rt, 'ana')
    const ben = await aCoordinator(rt, 'ben')
    expect(await (await open(rt, ana, caseId, 'coordinator')).assignToMe(null)).toEqual({
      ok: true,
      value: { to: ana.id },
    })
    const handle = await open(rt, ana, caseId, 'coordinator')
    expect(handle.assignment()).toEqual({ assignee: ana.id, mine: true })
    expect((await handle.handOver(ben.id, ana.id)).ok).toBe(true)
    const audits = await auditActions(caseId, 'case.assigned')
    expect(audits.map((a) => a.details)).toEqual([
      { from: null, to: ana.id },
      { from: ana.id, to: ben.id },
    ])
  })

  test('a hand-over from a page that showed an older assignee is refused, not overwritten', async () => {
    const { caseId } = await aSentCase(rt, files())
    const ana = await aCoordinator(rt, 'ana')
    const ben = await aCoordinator(rt, 'ben')
    await (await open(rt, ben, caseId, 'coordinator')).assignToMe(null)
    const stale = await (await open(rt, ana, caseId, 'coordinator')).assignToMe(null)
    expect(stale).toEqual({ ok: false, error: { code: 'assignment.changed' } })
    const [row] = await rt.database.db.select().from(patientCase).where(eq(patientCase.id, caseId))
    expect(row!.coordinatorUserId).toBe(ben.id)
  })

  test('a case can only be handed to a coordinator', async () => {
    const { caseId, son } = await aSentCase(rt, files())
    const ana = await aCoordinator(rt, 'ana')
    const handed = await (await open(rt, ana, caseId, 'coordinator')).handOver(son.id, null)
    expect(handed).toEqual({ ok: false, error: { code: 'assignment.not-a-coordinator' } })
  })

  test(`two coordinators assigning the same case at the same moment end with one outcome (${engineUnderTest})`, async () => {
    for (let round = 0; round < 5; round++) {
      const { caseId } = await aSentCase(rt, files())
      const people = [await aCoordinator(rt, 'ana'), await aCoordinator(rt, 'ben')]
      // Both pages were opened while nobody had the case.
      const handles = await Promise.all(people.map((p) => open(rt, p, caseId, 'coordinator')))
      const results = await Promise.all(handles.map((h) => h.assignToMe(null)))
      const won = results.filter((r) => r.ok)
      expect(won).toHaveLength(1)
      expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual(['assignment.changed'])
      const [row] = await rt.database.db.select().from(patientCase).where(eq(patientCase.id, caseId))
      expect(row!.coordinatorUserId).toBe(won[0]!.ok && won[0]!.value.to)
      expect(await auditActions(caseId, 'case.assigned')).toHaveLength(1)
    }
  })
})

describe('internal notes', () => {
  test('a note is sealed at rest, and writing and reading it are audited', async () => {
    const { caseId } = await aSentCase(rt, files())
    const ana = await aCoordinator(rt, 'ana')
    const text = 'Son prefers calls after 16:00 Amman time'
    expect((await (await open(rt, ana, caseId, 'coordinator')).addNote(`  ${text} `)).ok).toBe(true)
    const [row] = await rt.database.db.select().from(caseNote).where(eq(caseNote.caseId, caseId))
    expect(row!.body).not.toContain('Amman')
    const notes = await (await open(rt, ana, caseId, 'coordinator')).notes()
    expect(notes.map((n) => [n.body, n.authorName])).toEqual([[text, ana.name]])
    expect(await auditActions(caseId, 'case-note.written')).toHaveLength(1)
    expect(await auditActions(caseId, 'case-note.read')).toHaveLength(1)
  })

  test('an empty note is refused and nothing is saved', async () => {
    const { caseId } = await aSentCase(rt, files())
    const ana = await aCoordinator(rt, 'ana')
    expect(await (await open(rt, ana, caseId, 'coordinator')).addNote('   ')).toEqual({
      ok: false,
      error: { code: 'note.empty' },
    })
    expect(await rt.database.db.select().from(caseNote).where(eq(caseNote.caseId, caseId))).toEqual([])
  })

  test('neither the family, nor a clinic, nor the family’s exports ever carry a note', async () => {
    const { caseId, son } = await aSentCase(rt, files())
    const ana = await aCoordinator(rt, 'ana')
    const clock = aClock(new Date('2026-12-02T09:00:00Z'))
    const deps = depsOf(rt, { clock })
    const exportsNow = async () => {
      const member = await openCase(deps, son, caseId)
      if (member?.audience !== 'member') throw new Error('expected the member handle')
      return {
        fhir: JSON.stringify(await member.exportFhir()),
        pdf: Buffer.from(await member.exportPdf('en')),
      }
    }
    const coordinator = await open(rt, ana, caseId, 'coordinator')
    await coordinator.sendToProviders(['demo-lotus-neuro'])
    const before = await exportsNow()
    const secret = `Internal ${randomUUID()}`
    await coordinator.addNote(secret)
    const after = await exportsNow()
    expect(after.fhir).not.toContain(secret)
    // The PDF's text is in glyph ids, so compare it whole: the same facts at the same instant make the same file.
    expect(after.pdf.equals(before.pdf)).toBe(true)
    const member = await open(rt, son, caseId, 'member')
    const desk = await aClinicMember(rt, 'demo-lotus-neuro', 'lotus-desk')
    const clinic = await open(rt, desk, caseId, 'clinic')
    for (const handle of [member, clinic]) {
      expect('notes' in handle).toBe(false)
      expect(JSON.stringify(handle)).not.toContain(secret)
    }
    expect(JSON.stringify(await member.messages())).not.toContain(secret)
    expect(JSON.stringify(await clinic.referral())).not.toContain(secret)
  })
})

describe('the queue', () => {
  test('finds a case by its patient’s name, however it is written, and by its reference', async () => {
    const { caseId, word } = await aNamedCase()
    const ana = await aCoordinator(rt, 'ana')
    // The index holds keyed hashes, never a word of the name.
    const tokens = await rt.database.db.select().from(caseNameToken).where(eq(caseNameToken.caseId, caseId))
    expect(tokens).toHaveLength(3)
    expect(JSON.stringify(tokens)).not.toMatch(/otsuka|ناد/i)
    for (const q of [word, `OTSUKA ${word.toUpperCase()}`, `ناديه ${word}`, `Ōtsuka ${word}`])
      expect(await queueIds(ana, { q })).toEqual([caseId])
    expect(await queueIds(ana, { q: `${word} smith` })).toEqual([])
    const [row] = await rt.database.db.select().from(patientCase).where(eq(patientCase.id, caseId))
    expect(await queueIds(ana, { q: row!.reference.toLowerCase().replace('-', ' ') })).toEqual([caseId])
  })

  test('six letters find a case whether they are its reference or a word of the name', async () => {
    const ana = await aCoordinator(rt, 'ana')
    // A reference of letters only, typed bare, and a six-letter name of the same alphabet.
    const letters = Array.from(
      { length: 6 },
      () => 'ABCDEFGHJKMNPQRSTUVWXYZ'[Math.floor(Math.random() * 23)],
    ).join('')
    const byReference = await aNamedCase()
    await rt.database.db
      .update(patientCase)
      .set({ reference: `WP-${letters}` })
      .where(eq(patientCase.id, byReference.caseId))
    expect(await queueIds(ana, { q: letters.toLowerCase() })).toEqual([byReference.caseId])
    // Another first letter, so the name is never the first case's reference.
    const name = `${letters[0] === 'S' ? 't' : 's'}${letters.slice(1).toLowerCase()}`
    const byName = await aNamedCase(name)
    expect(await queueIds(ana, { q: name.toUpperCase() })).toEqual([byName.caseId])
  })

  test('filters by assignment, waiting on, overdue, country and condition', async () => {
    const { caseId, word } = await aNamedCase()
    const ana = await aCoordinator(rt, 'ana')
    const only = (extra: Record<string, string>, now?: Date) => queueIds(ana, { q: word, ...extra }, now)
    expect(await only({ assigned: 'unassigned' })).toEqual([caseId])
    expect(await only({ assigned: 'me' })).toEqual([])
    expect(await only({ overdue: '1' })).toEqual([])
    // Nobody replied within a working day (four days on is past it, whatever the weekday).
    expect(await only({ overdue: '1' }, new Date(Date.now() + 4 * DAY))).toEqual([caseId])
    expect(await only({ waiting: 'clinic' })).toEqual([])
    // Sent, not yet routed: the coordinators' move, as its row says.
    expect(await only({ waiting: 'coordinator' })).toEqual([caseId])
    expect(await only({ waiting: 'coordinator', stage: 'in-treatment' })).toEqual([])
    const handle = await open(rt, ana, caseId, 'coordinator')
    await handle.assignToMe(null)
    const sent = await handle.sendToProviders(['demo-lotus-neuro'])
    expect(sent.ok).toBe(true)
    expect(await only({ assigned: 'me' })).toEqual([caseId])
    expect(await only({ waiting: 'clinic' })).toEqual([caseId])
    expect(await only({ waiting: 'family' })).toEqual([])
    expect(await only({ waiting: 'coordinator' })).toEqual([])
    expect(await only({ country: 'IN', condition: 'als' })).toEqual([caseId])
    expect(await only({ country: 'JP' })).toEqual([])
    expect(await only({ stage: 'plan-proposed' })).toEqual([])
  })

  test('sorts by waiting time either way', async () => {
    const first = await aNamedCase()
    const second = await aNamedCase(first.word)
    const ana = await aCoordinator(rt, 'ana')
    expect(await queueIds(ana, { q: first.word })).toEqual([first.caseId, second.caseId])
    expect(await queueIds(ana, { q: first.word, sort: 'newest' })).toEqual([second.caseId, first.caseId])
    expect(await queueIds(ana, { q: first.word, page: '2' })).toEqual([])
  })

  test('a later page starts where the one before stopped, and each view binds its own values', async () => {
    const first = await aNamedCase()
    const second = await aNamedCase(first.word)
    const other = await aNamedCase()
    const ana = await aCoordinator(rt, 'ana')
    // One row a page, so two cases make two pages: the statement's text is
    // kept per shape of filters, and the offset and the words are bound per view.
    const pageOf = async (q: string, offset: number) => {
      const now = new Date()
      const { query, bounds } = queueQueryFor(depsOf(rt).keys.master, ana.id, parseQueueFilters({ q }), now)
      const rows = await queuePage(rt.database.db, { ...query, limit: 1, offset }, now, bounds)
      return rows.map((r) => r.id)
    }
    expect(await pageOf(first.word, 0)).toEqual([first.caseId])
    expect(await pageOf(first.word, 1)).toEqual([second.caseId])
    expect(await pageOf(first.word, 2)).toEqual([])
    expect(await pageOf(other.word, 0)).toEqual([other.caseId])
  })

  test('each row says what is late, and the counts cover the whole queue', async () => {
    const { caseId, word } = await aNamedCase()
    const ana = await aCoordinator(rt, 'ana')
    await (await open(rt, ana, caseId, 'coordinator')).sendToProviders(['demo-lotus-neuro'])
    const later = aClock(new Date(Date.now() + 10 * DAY))
    const queue = await coordinatorQueue(depsOf(rt, { clock: later }), ana.id, parseQueueFilters({ q: word }))
    expect(queue.cases).toMatchObject([
      { id: caseId, firstReplyOverdue: true, referralsOverdue: 1, waitingOn: 'clinic', assignee: null },
    ])
    expect(queue.cases[0]!.patientName).toContain('Ōtsuka')
    expect(queue.counts.find((c) => c.stage === 'under-evaluation')!.count).toBeGreaterThan(0)
  })

  test('flags an unresolved serious event, says when it has escalated, and flags a missed visit', async () => {
    const serious = await aNamedCase()
    const escalated = await aNamedCase(serious.word)
    const settled = await aNamedCase(serious.word)
    const missed = await aNamedCase(serious.word)
    const at = new Date()
    const event = (
      caseId: CaseId,
      serious: boolean,
      outcome: 'ongoing' | 'resolved',
      escalatedAt: Date | null,
    ) => ({
      id: randomUUID(),
      caseId,
      reporter: 'family' as const,
      onsetOn: '2026-11-20',
      grade: 3,
      ctcaeVersion: '5.0',
      serious,
      outcome,
      actionTaken: 'none' as const,
      relation: 'possibly-related' as const,
      sealed: 'sealed',
      createdAt: at,
      updatedAt: at,
      escalatedToAssignedAt: escalatedAt,
    })
    await rt.database.db
      .insert(adverseEvent)
      .values([
        event(serious.caseId, true, 'ongoing', null),
        event(escalated.caseId, true, 'ongoing', at),
        event(settled.caseId, true, 'resolved', at),
        event(settled.caseId, false, 'ongoing', null),
      ])
    const visit = (caseId: CaseId, monthsAfter: number, status: 'missed' | 'done') => ({
      id: randomUUID(),
      caseId,
      monthsAfter,
      dueOn: '2026-11-01',
      status,
      createdAt: at,
      updatedAt: at,
    })
    await rt.database.db
      .insert(followUpVisit)
      .values([visit(missed.caseId, 1, 'missed'), visit(settled.caseId, 1, 'done')])
    const ana = await aCoordinator(rt, 'ana')
    const queue = await coordinatorQueue(depsOf(rt), ana.id, parseQueueFilters({ q: serious.word }))
    const flags = (id: CaseId) => {
      const row = queue.cases.find((c) => c.id === id)!
      return [row.seriousAdverseEvent, row.seriousEscalated, row.followUpMissed]
    }
    expect(queue.cases).toHaveLength(4)
    expect(flags(serious.caseId)).toEqual([true, false, false])
    expect(flags(escalated.caseId)).toEqual([true, true, false])
    expect(flags(settled.caseId)).toEqual([false, false, false])
    expect(flags(missed.caseId)).toEqual([false, false, true])
  })
})

describe('answer deadlines', () => {
  test('the coordinator moves a clinic’s deadline and the clinic is told; a stale page or a past date is refused', async () => {
    const { caseId } = await aSentCase(rt, files())
    const ana = await aCoordinator(rt, 'ana')
    const clock = aClock(new Date('2026-12-02T09:00:00Z'))
    const emails: EmailRequest[] = []
    const deps = depsOf(rt, {
      clock,
      notify: { publicUrl: 'http://waypoint.test', email: async (r) => void emails.push(r) },
    })
    const handleNow = async () => {
      const h = await openCase(deps, ana, caseId)
      if (h?.audience !== 'coordinator') throw new Error('expected the coordinator handle')
      return h
    }
    await (await handleNow()).sendToProviders(['demo-lotus-neuro', 'demo-rheinufer'])
    const r = (await (await handleNow()).referrals()).find((x) => x.providerId === 'demo-lotus-neuro')
    const before = emails.length
    expect(await (await handleNow()).setAnswerDeadline(r!.id, '2026-12-01', r!.version)).toEqual({
      ok: false,
      error: { code: 'deadline.past' },
    })
    const set = await (await handleNow()).setAnswerDeadline(r!.id, '2026-12-11', r!.version)
    expect(set).toEqual({ ok: true, value: { answerDueAt: new Date('2026-12-11T23:59:59.999Z') } })
    expect(await (await handleNow()).setAnswerDeadline(r!.id, '2026-12-12', r!.version)).toEqual({
      ok: false,
      error: { code: 'referral.changed' },
    })
    const after = (await (await handleNow()).referrals()).find((x) => x.id === r!.id)
    expect(after!.answerDueAt).toEqual(new Date('2026-12-11T23:59:59.999Z'))
    // Lotus's team, and only Lotus's, hears the new date, by reference and
    // link only; the refused moves told no one.
    const lotusTeam = await providerRecipients(rt.database.db, asProviderId('demo-lotus-neuro'))
    const rheinTeam = await providerRecipients(rt.database.db, asProviderId('demo-rheinufer'))
    expect(lotusTeam.length).toBeGreaterThan(0)
    expect(rheinTeam.length).toBeGreaterThan(0)
    const moved = emails.slice(before)
    expect(moved.map((e) => [e.template, e.to]).sort()).toEqual(
      lotusTeam.map((m) => ['referral-deadline-moved', m.email]).sort(),
    )
    for (const e of moved) {
      expect(e.params.due).toBe('2026-12-11T23:59:59.999Z')
      expect(e.params.url).toBe(`http://waypoint.test/clinic/referrals/${caseId}`)
    }
    // The same date again is no move: nothing written, no one emailed.
    const same = await (await handleNow()).setAnswerDeadline(r!.id, '2026-12-11', after!.version)
    expect(same).toEqual({ ok: true, value: { answerDueAt: new Date('2026-12-11T23:59:59.999Z') } })
    expect(emails.slice(before)).toHaveLength(moved.length)
    const unchanged = (await (await handleNow()).referrals()).find((x) => x.id === r!.id)
    expect(unchanged!.version).toBe(after!.version)
    const audits = await rt.database.db.select().from(auditEvent).where(eq(auditEvent.subjectId, r!.id))
    expect(audits.map((a) => a.action)).toContain('referral.deadline-set')
  })
})

describe('the daily digest', () => {
  test('goes once a local morning, by reference and link only', async () => {
    const { caseId, word } = await aNamedCase()
    const [row] = await rt.database.db.select().from(patientCase).where(eq(patientCase.id, caseId))
    const amman = await aCoordinator(rt, 'amman')
    const newYork = await aCoordinator(rt, 'new-york')
    await rt.database.db.insert(coordinatorDigest).values([
      { userId: amman.id, timeZone: 'Asia/Amman' },
      { userId: newYork.id, timeZone: 'America/New_York' },
    ])
    // Hers: the shared database holds other tests' unassigned cases, and a digest names at most 20 of them.
    await (await open(rt, amman, caseId, 'coordinator')).assignToMe(null)
    // Four days after sending (past the first-reply deadline whatever the weekday),
    // at 07:30 UTC: 10:30 in Amman, 02:30 in New York.
    const at = new Date(row!.submittedAt!.getTime() + 4 * DAY)
    at.setUTCHours(7, 30, 0, 0)
    const emails: EmailRequest[] = []
    const deps = depsOf(rt, {
      clock: aClock(at),
      notify: { publicUrl: 'http://waypoint.test', email: async (r) => void emails.push(r) },
    })
    await sendDailyDigests(deps)
    const mine = (who: Person) => emails.filter((e) => e.to === who.email)
    expect(mine(newYork)).toEqual([])
    expect(mine(amman)).toHaveLength(1)
    const [email] = mine(amman)
    expect(email!.template).toBe('coordinator-digest')
    expect(email!.params.overdue).toContain(row!.reference)
    expect(email!.params.url).toBe('http://waypoint.test/coordinator/cases?overdue=1')
    // Nothing about the patient: neither name nor any word of it.
    expect(JSON.stringify(email)).not.toMatch(new RegExp(`${word}|Ōtsuka|نادية`))
    // The job runs every hour: Amman has had today's.
    await sendDailyDigests(deps)
    expect(mine(amman)).toHaveLength(1)
  })
})
