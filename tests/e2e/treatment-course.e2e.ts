import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { anAcceptedPlan, planSessions, type PlanSessions, treatmentPlan } from './support/accepted-plan.ts'
import { expectNoAxeViolations } from './support/axe.ts'
import { launchBrowser } from './support/chromium.ts'
import { startApp } from './support/server.ts'
import { signedInPage } from './support/signed-in.ts'
import { demoIds } from '#server/seed/demo-ids.ts'
import { tinyPdf } from '#tests/fixtures/documents.ts'

// Issue 17, arrival and treatment (ADR 0062), with JavaScript off. The plan
// is accepted over plain HTTP first (the referral flow's own test covers
// those pages); then, in the browser, Lotus's treating doctor records an
// assessment four ALSFRS-R points below home, which pauses the plan; the
// family and the coordinator acknowledge it; the doctor records a session,
// the family reports a serious adverse event, the coordinator sees it flagged
// and beside the person's function, and the clinic discharges with a summary.
// Between the session and the event, the clinic changes the plan at a new
// price (the family declines one change, the clinic withdraws another) and
// the family signs for it; the clinic downloads its own summary.
const caseId = demoIds.case.routed
const lotus = demoIds.provider.lotusNeuro
let app: Awaited<ReturnType<typeof startApp>>
let browser: Browser
const sessions: PlanSessions = {} as never

beforeAll(async () => {
  app = await startApp()
  browser = await launchBrowser()
  Object.assign(sessions, await planSessions(app.url))
  await anAcceptedPlan(sessions, caseId, treatmentPlan)
})
afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

const pageOf = async (who: keyof typeof sessions, javaScriptEnabled = false): Promise<Page> =>
  (await signedInPage(browser, app.url, sessions[who], { javaScriptEnabled })).page

const today = new Date().toISOString().slice(0, 10)

describe('the treatment course, with JavaScript off', () => {
  test('assessment pauses the plan, both sides acknowledge, a session, a serious event, discharge', async () => {
    const clinic = await pageOf('lotusDoctor')
    await clinic.goto(`${app.url}/clinic/referrals/${caseId}/treatment`)
    await clinic.getByText('Waiting for the assessment on arrival').waitFor()
    await expectNoAxeViolations(clinic, 'clinic treatment before the assessment')

    // With JavaScript, the same page runs in the browser too: the questionnaire's
    // item names come with the page, not from the browser's message module.
    const scripted = await pageOf('lotusDoctor', true)
    const errors: string[] = []
    scripted.on('pageerror', (e) => errors.push(e.message))
    await scripted.goto(`${app.url}/clinic/referrals/${caseId}/treatment`)
    await scripted.waitForLoadState('networkidle')
    expect(errors).toEqual([])
    await scripted.getByRole('button', { name: 'Save the assessment' }).waitFor()
    await scripted.context().close()

    // Bad input is refused on its field, with the typed values kept.
    await clinic.getByLabel('Date', { exact: true }).first().fill(today)
    for (const select of await clinic.locator('select[name^="a.alsfrs-"]').all()) {
      if ((await select.getAttribute('name')) !== 'a.alsfrs-5b') await select.selectOption('3')
    }
    await clinic.getByLabel('FVC, % predicted').fill('74')
    await clinic.getByLabel('Weight in kg').fill('12')
    await clinic.getByRole('button', { name: 'Save the assessment' }).click()
    await clinic.getByRole('link', { name: 'Enter the weight in kg, a number from 20 to 300' }).waitFor()
    expect(await clinic.getByLabel('FVC, % predicted').inputValue()).toBe('74')
    await expectNoAxeViolations(clinic, 'clinic assessment refused')

    // 36 against 40 at home: four points, so the plan pauses.
    await clinic.getByLabel('Weight in kg').fill('58')
    await clinic.getByRole('button', { name: 'Save the assessment' }).click()
    await clinic.getByText('Treatment is paused until the coordinator and the family').first().waitFor()
    expect(await clinic.getByTestId('large-changes').innerText()).toContain('from 40 to 36 (−4 points)')
    expect(await clinic.getByRole('button', { name: 'Save the session' }).count()).toBe(0)
    await expectNoAxeViolations(clinic, 'clinic treatment paused')

    const family = await pageOf('patient')
    await family.goto(`${app.url}/patient/cases/${caseId}/treatment`)
    await family.getByRole('button', { name: 'I have seen this change' }).click()
    await family.getByText('Your acknowledgement is recorded.').waitFor()
    await expectNoAxeViolations(family, 'family treatment after acknowledging')

    const coordinator = await pageOf('coordinator')
    await coordinator.goto(`${app.url}/coordinator/cases/${caseId}`)
    await coordinator.getByText('Treatment paused: a change from home to acknowledge').waitFor()
    await coordinator.goto(`${app.url}/coordinator/cases/${caseId}/treatment`)
    await coordinator.getByRole('button', { name: 'I have seen this change' }).click()
    await coordinator.getByText('Ready for treatment').waitFor()

    // A session, now that both have seen the change.
    await clinic.goto(`${app.url}/clinic/referrals/${caseId}/treatment`)
    await clinic.locator('input[name="s.date"]').fill(today)
    await clinic.getByLabel('Procedure').fill('Intrathecal infusion')
    await clinic.getByLabel('Route').selectOption('intrathecal')
    await clinic.getByLabel('Dose, if one applies').fill('2 ml')
    await clinic.getByLabel('Doctor who gave it').fill('Dr A. Rao')
    await clinic.getByRole('button', { name: 'Save the session' }).click()
    await clinic.getByText('The session is saved.').waitFor()
    // A refused post after it stands alone: the earlier confirmation gives way to the error.
    await clinic.getByRole('button', { name: 'Save the session' }).click()
    await clinic.locator('.error-summary').waitFor()
    expect(await clinic.getByText('The session is saved.').count()).toBe(0)
    // Each problem names its field, not "Fill this in" three times.
    const problems = await clinic.locator('.error-summary').innerText()
    for (const said of [
      'Enter the procedure given',
      'Choose the route',
      'Enter the name of the doctor who gave it',
    ])
      expect(problems).toContain(said)

    // A first change would keep the family past the visa: the clinic is warned
    // on its result, the family sees it beside the change and declines it;
    // the agreed plan stands (ADR 0073).
    await clinic.getByRole('link', { name: 'Change the plan' }).click()
    await clinic.getByLabel(/Length of stay/).fill('75')
    await clinic.locator('input[name="lines.0.unitPrice"]').fill('170000')
    await clinic.getByRole('button', { name: 'Send the changed plan' }).click()
    await clinic.getByText('This stay would outlast the visa').waitFor()
    // The case's own page says first that a changed plan waits for them, and leads to it.
    await family.goto(`${app.url}/patient/cases/${caseId}`)
    expect(await family.getByTestId('next-step').innerText()).toContain('The clinic has sent a changed plan')
    await family.getByRole('link', { name: 'Read the changed plan and answer it' }).click()
    expect(await family.getByTestId('pending-revision').innerText()).toContain('cannot be extended')
    // The family reads what the new price is made of before deciding: every line, the fee its own.
    const changedLines = await family
      .getByRole('group', { name: 'The changed quote, line by line' })
      .locator('tbody tr')
      .allInnerTexts()
    expect(changedLines.some((l) => l.includes('170,000.00'))).toBe(true)
    expect(changedLines.some((l) => l.includes('Waypoint'))).toBe(true)
    await family.getByRole('button', { name: 'Do not accept this change' }).click()
    await family.getByText('You have not accepted the change.').waitFor()
    expect(await family.getByTestId('revision-declined').innerText()).toContain(
      'the clinic may send you another change',
    )
    expect(await family.getByTestId('revision-declined').innerText()).toContain(
      'You did not accept the last change.',
    )
    await expectNoAxeViolations(family, 'family after declining a changed plan')

    // A change sent by mistake: the clinic takes it back while it waits (ADR
    // 0081), and the family reads that the plan they agreed stands.
    await clinic.goto(`${app.url}/clinic/referrals/${caseId}/treatment`)
    await clinic.getByRole('link', { name: 'Change the plan' }).click()
    await clinic.locator('input[name="lines.0.unitPrice"]').fill('1500000')
    await clinic.getByRole('button', { name: 'Send the changed plan' }).click()
    await clinic.getByText('Changed plan sent.').waitFor()
    await expectNoAxeViolations(clinic, 'clinic with a changed plan waiting')
    // Lotus's international desk reads the change but, signing no plans, can neither take it back nor make one.
    const desk = (await signedInPage(browser, app.url, demoIds.email.clinic, { javaScriptEnabled: false }))
      .page
    await desk.goto(`${app.url}/clinic/referrals/${caseId}/treatment`)
    await desk.getByTestId('pending-revision').waitFor()
    expect(await desk.getByRole('button', { name: 'Withdraw this change' }).count()).toBe(0)
    expect(await desk.getByRole('link', { name: 'Change the plan' }).count()).toBe(0)
    await desk.context().close()
    await clinic.getByRole('button', { name: 'Withdraw this change' }).click()
    await clinic.getByText('Change withdrawn.').waitFor()
    expect(await clinic.getByTestId('revision-withdrawn').innerText()).toContain(
      'The clinic withdrew the last change.',
    )
    expect(await clinic.getByTestId('withdrawn-quotes').innerText()).toContain('withdrawn on')
    expect(await clinic.getByRole('button', { name: 'Withdraw this change' }).count()).toBe(0)
    await family.goto(`${app.url}/patient/cases/${caseId}/treatment`)
    expect(await family.getByTestId('revision-withdrawn').innerText()).toContain(
      'You do not need to do anything.',
    )
    expect(await family.getByRole('button', { name: 'Sign and accept' }).count()).toBe(0)
    await expectNoAxeViolations(family, 'family after the clinic withdrew a change')

    // The assessment shows the plan no longer fits: the doctor sends it again,
    // at a new price, through the same form, filled with the accepted plan (ADR 0069).
    await clinic.goto(`${app.url}/clinic/referrals/${caseId}/treatment`)
    await clinic.getByRole('link', { name: 'Change the plan' }).click()
    expect(await clinic.locator('input[name="lines.0.unitPrice"]').inputValue()).toBe('150000.00')
    await expectNoAxeViolations(clinic, 'clinic changing the plan')
    await clinic.locator('input[name="lines.0.unitPrice"]').fill('180000')
    await clinic.getByRole('button', { name: 'Send the changed plan' }).click()
    await clinic.getByText('Changed plan sent.').waitFor()
    // The coordinator reads the change against the plan in force, as the family does.
    await coordinator.goto(`${app.url}/coordinator/cases/${caseId}/treatment`)
    expect(await coordinator.getByTestId('pending-revision').innerText()).toMatch(
      /Total price\s+₹[\d,.]+ \(was ₹[\d,.]+\)/,
    )

    // The family signs for the new price: an empty signature is refused on its fields first.
    await family.goto(`${app.url}/patient/cases/${caseId}/treatment`)
    await family.getByTestId('pending-revision').waitFor()
    await family.getByRole('button', { name: 'Sign and accept' }).click()
    await family.getByRole('link', { name: 'Type your full name to sign' }).waitFor()
    await expectNoAxeViolations(family, 'family signing a changed plan, refused')
    await family.getByLabel('Your full name').fill('Karim Haddad')
    await family.getByLabel('I have read the changed plan and I accept its new price').check()
    await family.getByRole('button', { name: 'Sign and accept' }).click()
    await family.getByText('You have accepted the changed plan.').waitFor()
    expect(await family.getByTestId('superseded-quotes').innerText()).toContain('sessions: 2')
    // The plan in force now, beside what it replaced.
    expect(await family.getByTestId('revision-in-force').innerText()).toMatch(
      /Total price\s+₹[\d,.]+ \(was ₹[\d,.]+\)/,
    )
    // The coordinator reads every step of the changes in the referral's history.
    await coordinator.goto(`${app.url}/coordinator/cases/${caseId}`)
    const history = await coordinator.getByRole('list', { name: /^History: Lotus/ }).innerText()
    for (const step of [
      'Changed plan sent at a new price',
      'Changed plan not accepted',
      'Changed plan withdrawn',
      'Changed plan accepted and signed',
    ])
      expect(history).toContain(step)
    expect(history).toMatch(/Dr .+ \(Treating doctor\): Changed plan withdrawn/)

    // The family reports a serious event; no grade is refused first.
    await family.goto(`${app.url}/patient/cases/${caseId}/treatment`)
    await family.getByLabel('What happened').fill('Severe headache and vomiting after the infusion')
    await family.getByLabel('When it began').fill(today)
    await family.getByLabel('Outcome so far').selectOption('ongoing')
    await family.getByLabel('What was done about it?').selectOption('admitted')
    await family.getByLabel('Could the treatment have caused it?').selectOption('possibly-related')
    await family.getByRole('button', { name: 'Send the report' }).click()
    await family.getByRole('link', { name: 'Choose how serious it was (its grade)' }).waitFor()
    expect(await family.getByLabel('What happened').inputValue()).toContain('Severe headache')
    await expectNoAxeViolations(family, 'family adverse event refused')
    // Asked in everyday words: the family is not expected to know CTCAE.
    await family.getByLabel('How serious was it?').selectOption('3')
    await family.getByRole('button', { name: 'Send the report' }).click()
    await family.getByText('It is serious, so the coordinator has been alerted.').waitFor()

    // The coordinator sees it first, beside the person's function.
    await coordinator.goto(`${app.url}/coordinator/cases/${caseId}`)
    await coordinator.getByText('Serious adverse event, not resolved').first().waitFor()
    await coordinator.goto(`${app.url}/coordinator/cases`)
    expect(await coordinator.locator('tr', { hasText: demoIds.caseReference.routed }).innerText()).toContain(
      'Serious adverse event, not resolved',
    )
    await coordinator.goto(`${app.url}/coordinator/cases/${caseId}/treatment`)
    const event = await coordinator.getByTestId('adverse-event').innerText()
    expect(event).toContain('grade 3 (CTCAE 5.0)')
    expect(event).toContain('Latest ALSFRS-R when it began: 36 of 48')
    expect(event).toContain('−4 points from 40 at home')
    await expectNoAxeViolations(coordinator, 'coordinator treatment with a serious event')

    // Discharge with a summary.
    const summary = path.join(tmpdir(), `discharge-${Date.now()}.pdf`)
    await writeFile(summary, tinyPdf('Discharge summary'))
    const treatmentPage = `${app.url}/clinic/referrals/${caseId}/treatment?provider=${lotus}`
    await clinic.goto(treatmentPage)
    // A day to come is refused: the date typed and the page's address stay, and the
    // PDF, which no browser keeps across a refused post, is asked for again.
    const nextWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10)
    await clinic.getByLabel('Discharge date').fill(nextWeek)
    await clinic.getByLabel(/^Discharge summary/).setInputFiles(summary)
    await clinic.getByRole('button', { name: 'Upload and discharge' }).click()
    await clinic.getByRole('link', { name: 'Choose the PDF again' }).waitFor()
    expect(await clinic.getByLabel('Discharge date').inputValue()).toBe(nextWeek)
    expect(clinic.url()).toBe(treatmentPage)
    await expectNoAxeViolations(clinic, 'clinic discharge refused')
    await clinic.getByLabel('Discharge date').fill(today)
    await clinic.getByLabel(/^Discharge summary/).setInputFiles(summary)
    await clinic.getByRole('button', { name: 'Upload and discharge' }).click()
    await clinic.getByText('The discharge is recorded.').waitFor()
    expect(clinic.url()).toContain(`provider=${lotus}`)
    await expectNoAxeViolations(clinic, 'clinic treatment after discharge')
    await family.goto(`${app.url}/patient/cases/${caseId}/treatment`)
    await family.getByRole('link', { name: 'Download the discharge summary' }).waitFor()
    // The clinic downloads the summary it uploaded itself (ADR 0069).
    const href = await clinic
      .getByRole('link', { name: 'Download the discharge summary' })
      .getAttribute('href')
    const download = await sessions.lotusDoctor.send(href!)
    expect(download.status).toBe(200)
    expect(download.headers.get('content-type')).toBe('application/pdf')
  })
})
