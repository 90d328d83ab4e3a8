import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { attackCorpus, scriptingPayloads } from '../attack/corpus.ts'
import { launchBrowser } from './support/chromium.ts'
import { HttpSession } from './support/http-session.ts'
import { startApp } from './support/server.ts'
import { demoIds } from '#server/seed/demo-ids.ts'

// Issue 5 (attack inputs) for the signed-in forms of the case journey: every
// question kind, consent, sharing, providers, evidence, people and messages.
// No 500, nothing echoed unescaped, nothing executes where the stored value is
// shown (check answers, the task list, messages, the coordinator's case), and
// stored text comes back exactly as typed.
const draftCase = demoIds.case.draft
const sentCase = demoIds.case.sent
const q = (id: string) => `/patient/cases/${draftCase}/questions/${id}`

type Probe = { path: string; fields: (v: string) => Record<string, string | string[]> }
const probes: Probe[] = [
  { path: q('who-for'), fields: (v) => ({ answer: v, returnTo: v }) },
  { path: q('patient-name'), fields: (v) => ({ answer: v }) },
  { path: q('date-of-birth'), fields: (v) => ({ day: v, month: v, year: v }) },
  { path: q('country'), fields: (v) => ({ answer: v }) },
  { path: q('contact'), fields: (v) => ({ method: v, detail: v }) },
  { path: q('hopes'), fields: (v) => ({ answer: v }) },
  { path: q('countries-of-interest'), fields: (v) => ({ answer: [v, 'IN'] }) },
  { path: q('budget'), fields: (v) => ({ amount: v, currency: v }) },
  {
    path: q('travel-window'),
    fields: (v) => ({ 'from-day': v, 'from-month': '1', 'from-year': v, 'to-day': v }),
  },
  {
    path: `/patient/cases/${draftCase}/providers`,
    fields: (v) => ({ offer: [v, demoIds.offer.lotusMdt], help: v }),
  },
  { path: `/patient/cases/${draftCase}/evidence`, fields: (v) => ({ read: v }) },
  { path: `/patient/cases/${draftCase}/consent`, fields: (v) => ({ agree: v, intent: v }) },
  {
    path: `/patient/cases/${sentCase}/sharing`,
    fields: (v) => ({
      [`share-${demoIds.provider.lotusNeuro}`]: v,
      [`sections-${demoIds.provider.lotusNeuro}`]: v,
    }),
  },
  { path: `/patient/cases/${sentCase}/people`, fields: (v) => ({ email: v, intent: v, member: v }) },
  { path: `/patient/cases/${draftCase}/documents`, fields: (v) => ({ delete: v }) },
  { path: `/coordinator/cases/${sentCase}`, fields: (v) => ({ command: v }) },
  // Referrals (ADR 0043): sending to a provider by a typed id, and every field of the clinic's evaluation forms.
  {
    path: `/coordinator/cases/${demoIds.case.routed}`,
    fields: (v) => ({ intent: 'send', providers: [v, demoIds.provider.lotusNeuro] }),
  },
  // The clinic's forms on the demo case referred to it (a clinic sees only referred cases, ADR 0046).
  {
    path: `/clinic/referrals/${sentCase}`,
    fields: (v) => ({ command: v, version: v, question: v, reason: v, explanation: v, 'decline-reason': v }),
  },
  {
    path: `/clinic/referrals/${sentCase}`,
    fields: (v) => ({ command: 'request-information', version: '1', question: v }),
  },
  // Plans and quotes (ADR 0045): the clinic's form (sending and adding a line), the family's answer and acceptance.
  {
    path: `/clinic/referrals/${demoIds.case.routed}/plan`,
    fields: (v) => ({
      intent: v,
      rows: v,
      version: v,
      protocol: v,
      sessions: v,
      currency: v,
      validUntil: v,
      'lines.0.category': v,
      'lines.0.description': v,
      'lines.0.quantity': v,
      'lines.0.unitPrice': v,
      inclusions: v,
      confirmPrice: v,
    }),
  },
  {
    path: `/clinic/referrals/${demoIds.case.routed}/plan`,
    fields: (v) => ({ intent: 'add-line', rows: v, 'lines.0.description': v }),
  },
  {
    path: `/patient/cases/${sentCase}`,
    fields: (v) => ({ provider: v, version: v, [`answer-${demoIds.provider.lotusNeuro}`]: v }),
  },
  { path: `/patient/cases/${sentCase}/quotes`, fields: (v) => ({ referral: v, quote: v, version: v }) },
  // The box never ticked, so no password is tried (wrong ones count towards the attempt limits).
  { path: '/account/erase', fields: (v) => ({ confirm: v === 'yes' ? 'no' : v, password: v }) },
]

let app: Awaited<ReturnType<typeof startApp>>
let browser: Browser
let patient: HttpSession
let coordinator: HttpSession
let clinic: HttpSession

beforeAll(async () => {
  app = await startApp()
  browser = await launchBrowser()
  patient = await new HttpSession(app.url).signIn(demoIds.email.patient)
  coordinator = await new HttpSession(app.url).signIn(demoIds.email.coordinator)
  clinic = await new HttpSession(app.url).signIn(demoIds.email.clinic)
})
afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

function sessionFor(path: string) {
  if (path.startsWith('/clinic')) return clinic
  return path.startsWith('/coordinator') ? coordinator : patient
}

describe('attack inputs in the case journey', () => {
  test(
    'every input in every case form: never a 500, never echoed unescaped',
    { timeout: 180_000 },
    async () => {
      const failures: string[] = []
      for (const probe of probes) {
        // A sample keeps this short: scripting payloads, NUL bytes (they once gave a 500 here), every 24th input.
        const sample = [
          ...scriptingPayloads.slice(0, 8),
          ...attackCorpus.filter((v) => v.includes('\u0000')).slice(0, 3),
          ...attackCorpus.filter((_, i) => i % 24 === 0),
        ]
        for (let i = 0; i < sample.length; i += 6) {
          const batch = sample.slice(i, i + 6)
          await Promise.all(
            batch.map(async (value) => {
              const response = await sessionFor(probe.path).send(probe.path, { form: probe.fields(value) })
              const body = await response.text()
              if (response.status >= 500)
                failures.push(`${probe.path} ${response.status} ${JSON.stringify(value.slice(0, 40))}`)
              if (value.includes('<') && body.includes(value))
                failures.push(`${probe.path} echoed ${JSON.stringify(value.slice(0, 40))}`)
            }),
          )
        }
        // Still signed in and serving after each form's barrage.
        expect((await patient.send('/patient')).status, probe.path).toBe(200)
      }
      expect(failures).toEqual([])
    },
  )

  test(
    'stored payloads are shown as text where they are read back: nothing executes',
    { timeout: 180_000 },
    async () => {
      const context = await browser.newContext()
      await context.addInitScript(() => {
        const w = window as unknown as { __violations: string[] }
        w.__violations = []
        document.addEventListener('securitypolicyviolation', (e) =>
          w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
        )
      })
      const cookie = patient.cookie()
      await context.addCookies(
        cookie.split('; ').map((c) => {
          const i = c.indexOf('=')
          return { name: c.slice(0, i), value: c.slice(i + 1), url: app.url }
        }),
      )
      const page = await context.newPage()
      const dialogs: string[] = []
      page.on('dialog', async (d) => {
        dialogs.push(d.message())
        await d.dismiss()
      })
      const violations: string[] = []
      for (const payload of scriptingPayloads.filter((p) => p.length <= 200).slice(0, 25)) {
        expect((await patient.send(q('patient-name'), { form: { answer: payload } })).status).toBe(302)
        expect((await patient.send(q('hopes'), { form: { answer: payload } })).status).toBe(302)
        const message = new FormData()
        message.append('body', payload)
        expect((await patient.send(`/patient/cases/${sentCase}/messages`, { body: message })).status).toBe(
          303,
        )
        for (const path of [
          `/patient/cases/${draftCase}/check-answers`,
          `/patient/cases/${draftCase}`,
          `/patient/cases/${sentCase}/messages`,
          q('patient-name'),
        ]) {
          await page.goto(app.url + path)
          violations.push(
            ...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)),
          )
        }
        // Stored exactly as typed (trimmed at the edges, as every text answer is).
        expect(await page.getByLabel(/full name/).inputValue()).toBe(payload.trim())
      }
      const messages = await (await patient.send(`/patient/cases/${sentCase}/messages`)).text()
      expect(messages).not.toMatch(/<script>alert/i)
      expect(dialogs).toEqual([])
      expect(violations).toEqual([])
      await context.close()
    },
  )
})
