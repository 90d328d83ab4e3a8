import { expect } from 'vitest'
import { HttpSession } from './http-session.ts'
import { demoIds } from '#server/seed/demo-ids.ts'

// A demo case routed to Lotus, evaluated, planned and accepted, as the same
// form posts over plain HTTP (no browser). For tests whose subject comes after
// the accepted plan (the trip, the visa, treatment, follow-up): the pages that
// send the case, start the evaluation, write the plan and accept it are
// driven through Chromium in referral-flow.e2e.ts, and clicking through them
// again cost each trip file about 15 s.

export type PlanSessions = { coordinator: HttpSession; lotusDoctor: HttpSession; patient: HttpSession }

/** What the Lotus doctor writes on the plan page; the fields left out are sent empty, as the form sends them. */
export type PlanFields = {
  protocol: string
  schedule: string
  sessions: string
  lengthOfStayDays: string
  aftercare: string
  pretreatmentTests?: string
  currency: string
  validUntil: string
  line: { category: string; description: string; quantity: string; unitPrice: string }
}

const lotus = demoIds.provider.lotusNeuro

/** The coordinator, the Lotus doctor and the family, signed in over HTTP at the same time. */
export async function planSessions(baseUrl: string): Promise<PlanSessions> {
  const [coordinator, lotusDoctor, patient] = await Promise.all(
    [demoIds.email.coordinator, demoIds.email.lotusDoctor, demoIds.email.patient].map((email) =>
      new HttpSession(baseUrl).signIn(email),
    ),
  )
  return { coordinator: coordinator!, lotusDoctor: lotusDoctor!, patient: patient! }
}

/** A hidden field's value in a page's HTML (the version a form was read at, the quote it accepts). */
export const valueOf = (html: string, name: string): string =>
  new RegExp(`name="${name}" value="([^"]+)"`).exec(html)?.[1] ?? ''

/** Each step is a form post the app answers with a redirect (303), as it does to the browser. */
export async function expectRedirect(response: Promise<Response>, step: string): Promise<void> {
  expect((await response).status, step).toBe(303)
}

/** The coordinator sends the case to Lotus alone, and the Lotus doctor starts the evaluation. */
export async function sentToLotusAndEvaluated(s: PlanSessions, caseId: string): Promise<void> {
  await expectRedirect(
    s.coordinator.send(`/coordinator/cases/${caseId}`, { form: { intent: 'send', providers: lotus } }),
    'send the case to Lotus',
  )
  const referral = await (await s.lotusDoctor.send(`/clinic/referrals/${caseId}`)).text()
  await expectRedirect(
    s.lotusDoctor.send(`/clinic/referrals/${caseId}`, {
      form: { command: 'start-evaluation', version: valueOf(referral, 'version') },
    }),
    'start the evaluation',
  )
}

/** The Lotus doctor sends the plan and quote, and the family accepts it. */
export async function planProposedAndAccepted(
  s: PlanSessions,
  caseId: string,
  plan: PlanFields,
): Promise<void> {
  const page = await (await s.lotusDoctor.send(`/clinic/referrals/${caseId}/plan`)).text()
  await expectRedirect(
    s.lotusDoctor.send(`/clinic/referrals/${caseId}/plan`, {
      form: {
        intent: 'send',
        version: valueOf(page, 'version'),
        rows: '1',
        protocol: plan.protocol,
        schedule: plan.schedule,
        sessions: plan.sessions,
        lengthOfStayDays: plan.lengthOfStayDays,
        pretreatmentTests: plan.pretreatmentTests ?? '',
        aftercare: plan.aftercare,
        currency: plan.currency,
        validUntil: plan.validUntil,
        'lines.0.category': plan.line.category,
        'lines.0.description': plan.line.description,
        'lines.0.quantity': plan.line.quantity,
        'lines.0.unitPrice': plan.line.unitPrice,
      },
    }),
    'send the plan and quote',
  )
  const quotes = await (await s.patient.send(`/patient/cases/${caseId}/quotes`)).text()
  const quoteId = valueOf(quotes, 'quote')
  await expectRedirect(
    s.patient.send(`/patient/cases/${caseId}/quotes`, {
      form: {
        referral: valueOf(quotes, 'referral'),
        quote: quoteId,
        version: valueOf(quotes, 'version'),
        // The box that says the family read the plan and wants the clinic to go ahead.
        [`confirm-${quoteId}`]: 'yes',
      },
    }),
    'accept the plan',
  )
}

/** Sent to Lotus, evaluated, planned and accepted. */
export async function anAcceptedPlan(s: PlanSessions, caseId: string, plan: PlanFields): Promise<void> {
  await sentToLotusAndEvaluated(s, caseId)
  await planProposedAndAccepted(s, caseId, plan)
}

/**
 * The trip files' plan: four physiotherapy sessions and a 75-day stay, longer
 * than the e-Medical visa's 60 days, so the visa and itinerary pages warn.
 */
export const tripPlan: PlanFields = {
  protocol: 'Multidisciplinary assessment, then respiratory physiotherapy.',
  schedule: 'Days 1–5 assessment; days 6–9 physiotherapy.',
  sessions: '4',
  lengthOfStayDays: '75',
  aftercare: 'A written care plan for the home neurologist.',
  currency: 'INR',
  validUntil: '2027-06-30',
  line: { category: 'sessions', description: 'Respiratory physiotherapy', quantity: '4', unitPrice: '6000' },
}

/**
 * The treatment files' plan: an assessment then two intrathecal sessions over
 * a week, one line of 150,000 rupees.
 */
export const treatmentPlan: PlanFields = {
  protocol: 'Assessment, then intrathecal sessions.',
  schedule: 'Days 1–5.',
  sessions: '2',
  lengthOfStayDays: '7',
  pretreatmentTests: 'Spirometry on arrival.',
  aftercare: 'A care plan for the home team.',
  currency: 'INR',
  validUntil: '2027-06-30',
  line: { category: 'procedure', description: 'Assessment and sessions', quantity: '1', unitPrice: '150000' },
}
