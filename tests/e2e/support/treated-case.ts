import { tinyPdf } from '#tests/fixtures/documents.ts'
import { expectRedirect, type PlanSessions } from './accepted-plan.ts'

// After an accepted plan (accepted-plan.ts), the treatment as the Lotus
// doctor's treatment page posts it over plain HTTP: the assessment on arrival,
// a session, the discharge. For tests whose subject comes after treatment
// (follow-up, reviews): the treatment page itself is driven through Chromium
// in treatment-course.e2e.ts.

const treatmentPage = (caseId: string) => `/clinic/referrals/${caseId}/treatment`

/** The Lotus doctor posts this form on the treatment page. */
const posted = (s: PlanSessions, caseId: string, form: Record<string, string>, step: string) =>
  expectRedirect(s.lotusDoctor.send(treatmentPage(caseId), { form }), step)

// The demo intake's own ALSFRS-R (content/demo/cases.json): 40, so arrival is no large change.
const items = ['1', '2', '3', '4', '5a', '6', '7', '8', '9', '10', '11', '12']
const homeScores = ['4', '4', '4', '3', '3', '3', '3', '2', '2', '4', '4', '4']

/** The assessment on arrival, on `date`, scored as at home: the plan goes on. */
export async function arrivedAsAtHome(s: PlanSessions, caseId: string, date: string): Promise<void> {
  const scores = Object.fromEntries(items.map((item, n) => [`a.alsfrs-${item}`, homeScores[n]!]))
  const form = { intent: 'assessment', 'a.date': date, 'a.fvc': '74', 'a.weight': '60', ...scores }
  await posted(s, caseId, form, 'record the assessment on arrival')
}

/** One intrathecal session on `date`. */
export async function aSessionGiven(s: PlanSessions, caseId: string, date: string): Promise<void> {
  const form = {
    intent: 'session',
    's.date': date,
    's.procedure': 'Intrathecal infusion',
    's.route': 'intrathecal',
    's.dose': '2 ml',
    's.doctor': 'Dr A. Rao',
  }
  await posted(s, caseId, form, 'record a session')
}

/** The discharge on `date`, with a summary. */
export async function dischargedOn(s: PlanSessions, caseId: string, date: string): Promise<void> {
  const discharge = new FormData()
  discharge.append('date', date)
  discharge.append('file', new Blob([new Uint8Array(tinyPdf('Discharge summary'))]), 'discharge.pdf')
  await expectRedirect(s.lotusDoctor.send(treatmentPage(caseId), { body: discharge }), 'discharge')
}
